using System.Text.Json;
using Microsoft.Playwright;
using ResearchRelease.Browser.Tests.Infrastructure;

namespace ResearchRelease.Browser.Tests.Journeys;

/// <summary>
/// Fills the researcher's application form from (field name, value) answers, in the order the fields appear on
/// the page, the way a person tabbing down the form would. All knowledge of the form's shape is here, so a
/// change to the form (one page or several) is a change to this class only.
/// </summary>
public static class ApplicationFormFiller
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private sealed record Field(string Name, string Type, string Value, string Id);

    public static async Task FillAsync(Driver driver, string formSelector, IReadOnlyList<KeyValuePair<string, string>> answers)
    {
        var wanted = answers.GroupBy(a => a.Key).ToDictionary(g => g.Key, g => g.Select(a => a.Value).ToList(), StringComparer.Ordinal);
        var json = await driver.Page.Locator(formSelector).EvaluateAsync<JsonElement>(
            "f => Array.from(f.elements).filter(e => e.name).map(e => ({ name: e.name, type: e.type, value: e.value, id: e.id }))");
        var fields = json.Deserialize<List<Field>>(Web)!;
        var filled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (!wanted.TryGetValue(field.Name, out var values)) continue;
            var locator = driver.Page.Locator($"[id='{field.Id}']");
            switch (field.Type)
            {
                case "radio":
                    if (values.Contains(field.Value)) await driver.ChooseAsync(field.Name, field.Value);
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
        var missing = wanted.Keys.Except(filled).ToList();
        Assert.True(missing.Count == 0, "These answers have no field on the form: " + string.Join(", ", missing));
    }

    /// <summary>Save the form (the last step of filling it in).</summary>
    public static Task SaveAsync(Driver driver) =>
        driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }));
}
