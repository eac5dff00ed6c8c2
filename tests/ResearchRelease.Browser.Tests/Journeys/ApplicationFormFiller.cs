using System.Text.Json;
using Microsoft.Playwright;
using ResearchRelease.Browser.Tests.Infrastructure;
using ResearchRelease.Web.Tests.Journeys;

namespace ResearchRelease.Browser.Tests.Journeys;

/// <summary>
/// Fills in an application through the question flow, page by page, the way a person would: start it, open the first
/// task, then answer each page and "Save and continue" until the flow comes back to the task list. All knowledge of
/// the flow's shape is here, so a change to the pages is a change to this class only.
/// </summary>
public static class ApplicationFormFiller
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private sealed record Field(string Name, string Type, string Value, string Id);

    /// <summary>Starts a new application from "Your applications" and fills every page with the first example case.</summary>
    public static async Task<Guid> FillFirstExampleAsync(Driver driver)
    {
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Button, new() { Name = "Start a new application" }));
        await driver.SeenAsync("start");
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Button, new() { Name = "Start now" }));
        await driver.ArrivedAsync("**/tasks**");
        await driver.SeenAsync("task-list");
        var id = Guid.Parse(driver.Page.Url.Split('/')[4]);
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Link, new() { Name = "Lead applicant" }));
        await driver.ArrivedAsync("**/questions/applicant**");

        var answers = FirstExampleAnswers.Fields();
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 0; page < 40 && !driver.Page.Url.Contains("/tasks", StringComparison.Ordinal); page++)
        {
            var path = new Uri(driver.Page.Url).AbsolutePath;
            await driver.SeenAsync("flow-" + path.Split('/').Last());
            if (path.EndsWith("/named-users", StringComparison.Ordinal))
            {
                foreach (var (name, accredited) in new[] { ("Dr Priya Shah", true), ("Tom Evans", true) })
                {
                    await driver.FillAsync(driver.Page.Locator("#NewName"), name);
                    await driver.FillAsync(
                        driver.Page.Locator("#NewEmail"),
                        name.Replace("Dr ", "", StringComparison.Ordinal).Replace(' ', '.').ToLowerInvariant() + "@exampleton.ac.uk"
                    );
                    await driver.FillAsync(driver.Page.Locator("#NewOrganisation"), "University of Exampleton");
                    await driver.SetCheckedAsync(driver.Page.Locator("#NewAccredited"), accredited);
                    await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Button, new() { Name = "Add data user" }));
                }
            }
            else if (path.EndsWith("/research-questions", StringComparison.Ordinal))
            {
                foreach (
                    var question in new[]
                    {
                        "How does progress from key stage 2 to key stage 4 differ by free school meals eligibility?",
                        "Does the gap differ between school types?",
                    }
                )
                {
                    await driver.FillAsync(driver.Page.Locator("#NewQuestion"), question);
                    await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Button, new() { Name = "Add question" }));
                }
            }
            else if (path.EndsWith("/data-items", StringComparison.Ordinal))
            {
                foreach (var (code, _, _) in FirstExampleAnswers.Items)
                    await driver.SetCheckedAsync(driver.Page.Locator($"[id='item-{code}']"), true);
            }
            else if (path.Contains("/data-items/", StringComparison.Ordinal))
            {
                var code = path.Split('/').Last();
                var (_, why, questions) = FirstExampleAnswers.Items.Single(i => i.Code == code);
                await driver.FillAsync(driver.Page.Locator("#Justification"), why);
                foreach (var q in questions)
                    await driver.SetCheckedAsync(driver.Page.Locator($"[id='q-{q}']"), true);
            }
            else
            {
                used.UnionWith(await FillPresentAsync(driver, "#question-form", answers));
            }
            var before = driver.Page.Url;
            await driver.ActivateAsync(
                driver.Page.Locator("#question-form").GetByRole(AriaRole.Button, new() { Name = "Save and continue" })
            );
            await driver.ArrivedAsync(url => url != before);
        }
        var unused = answers.Select(a => a.Key).Distinct().Where(k => !used.Contains(k)).ToList();
        Assert.True(unused.Count == 0, "These answers were never asked for by the flow: " + string.Join(", ", unused));
        return id;
    }

    /// <summary>Fills the fields this page has, in page order, from (field name, value) answers; returns the names it filled.</summary>
    private static async Task<IReadOnlyCollection<string>> FillPresentAsync(
        Driver driver,
        string formSelector,
        IReadOnlyList<KeyValuePair<string, string>> answers
    )
    {
        var wanted = answers.GroupBy(a => a.Key).ToDictionary(g => g.Key, g => g.Select(a => a.Value).ToList(), StringComparer.Ordinal);
        var json = await driver
            .Page.Locator(formSelector)
            .EvaluateAsync<JsonElement>(
                "f => Array.from(f.elements).filter(e => e.name).map(e => ({ name: e.name, type: e.type, value: e.value, id: e.id }))"
            );
        var fields = json.Deserialize<List<Field>>(Web)!;
        var filled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (!wanted.TryGetValue(field.Name, out var values))
                continue;
            var locator = driver.Page.Locator($"[id='{field.Id}']");
            switch (field.Type)
            {
                case "radio":
                    if (values.Contains(field.Value))
                        await driver.ChooseAsync(field.Name, field.Value);
                    break;
                case "checkbox":
                    await driver.SetCheckedAsync(locator, values.Contains(field.Value));
                    break;
                case "hidden" or "submit" or "button":
                    continue;
                default:
                    await driver.FillAsync(locator, string.Join("\n", values));
                    break;
            }
            filled.Add(field.Name);
        }
        return filled;
    }
}
