using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using ResearchRelease.Browser.Tests.Infrastructure;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Browser.Tests.Journeys;

/// <summary>
/// One researcher, one draft, two tabs of one browser (one context, so one session cookie): the tab that is
/// behind is merged and told so when the other changed another page, and shown both answers when it changed the
/// same one; "Keep my answers" stores its own. Waits are Playwright's (URLs, elements), never fixed sleeps. Every
/// page either tab sees passes axe.
/// </summary>
[LongRunning(26)]
public sealed class TwoTabsJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [SkippableFact]
    public async Task Two_tabs_editing_one_draft_lose_nothing_silently()
    {
        Chromium.Require();
        var (first, context) = await app.NewJourneyAsync("two-tabs-first");
        var second = new Driver(await context.NewPageAsync(), app.BaseUrl, "two-tabs-second", keyboard: false);

        await first.SignInAsync("researcher", screenshot: true);
        await first.GoAsync("/applications/start");
        await first.SeenAsync("start");
        await first.ActivateAsync(first.Page.Locator("#start-form button"));
        await first.ArrivedAsync("**/tasks");
        await first.SeenAsync("tasks");
        var id = first.Page.Url.Split('/')[^2];

        // The first tab opens "purpose"; the second, in the same session, saves a title; the first, now behind, saves purpose: merged.
        await OpenAsync(first, id, "purpose");
        await OpenAsync(second, id, "title");
        await second.FillAsync(second.Page.Locator("#Title"), "Title from the second tab");
        await SaveAsync(second, "research-questions");
        await first.ChooseAsync("Input.Activity", "research");
        await SaveAsync(first, "questions/population");
        await Assertions.Expect(first.Page.Locator("#draft-merged")).ToContainTextAsync("also changed in another tab or window");
        await first.SeenAsync("merged");
        var project = (await ApplicationAsync(id)).GetProperty("project");
        Assert.Equal("Title from the second tab", project.GetProperty("title").GetString());
        Assert.Equal("research", project.GetProperty("activity").GetString());

        // Both tabs open the title page; the second saves a new title; the first changes the same answer: both are shown.
        await OpenAsync(first, id, "title");
        await OpenAsync(second, id, "title");
        await second.FillAsync(second.Page.Locator("#Title"), "Second tab, again");
        await SaveAsync(second, "research-questions");
        await first.FillAsync(first.Page.Locator("#Title"), "Title from the first tab");
        await first.ActivateAsync(first.Page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }));
        var conflict = first.Page.Locator("#draft-conflict");
        await Assertions.Expect(conflict.Locator("h1")).ToHaveTextAsync("This section was changed in another tab or window");
        await Assertions.Expect(conflict.Locator(".govuk-summary-list").Nth(0)).ToContainTextAsync("Second tab, again");
        await Assertions.Expect(conflict.Locator(".govuk-summary-list").Nth(1)).ToContainTextAsync("Title from the first tab");
        await first.SeenAsync("conflict");
        Assert.Equal("Second tab, again", (await ApplicationAsync(id)).GetProperty("project").GetProperty("title").GetString());

        await first.ActivateAsync(first.Page.GetByRole(AriaRole.Button, new() { Name = "Keep my answers" }));
        await first.ArrivedAsync($"**/applications/{id}/questions/title");
        await Assertions.Expect(first.Page.Locator("#draft-merged")).ToContainTextAsync("in place of the ones saved in the other tab");
        await first.SeenAsync("kept");
        project = (await ApplicationAsync(id)).GetProperty("project");
        Assert.Equal("Title from the first tab", project.GetProperty("title").GetString());
        Assert.Equal("research", project.GetProperty("activity").GetString());

        // The second tab reloads the title page and now shows the first tab's choice.
        await OpenAsync(second, id, "title");
        await Assertions.Expect(second.Page.Locator("#Title")).ToHaveValueAsync("Title from the first tab");
        first.AssertAccessible();
        second.AssertAccessible();
        await context.CloseAsync();
    }

    private static async Task OpenAsync(Driver tab, string id, string question)
    {
        await tab.GoAsync($"/applications/{id}/questions/{question}");
        await tab.SeenAsync(question);
    }

    private static async Task SaveAsync(Driver tab, string next)
    {
        await tab.ActivateAsync(tab.Page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }));
        try
        {
            await tab.ArrivedAsync($"**/{next}");
        }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException(
                $"Saving did not lead to {next}; the tab shows {tab.Page.Url}: {await tab.Page.InnerTextAsync("main")}"
            );
        }
        await tab.SeenAsync(next.Replace('/', '-'));
    }

    private async Task<JsonElement> ApplicationAsync(string id) =>
        (await app.Api("researcher").GetFromJsonAsync<JsonElement>($"/api/applications/{id}")).GetProperty("application");
}
