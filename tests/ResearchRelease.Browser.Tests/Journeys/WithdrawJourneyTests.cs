using Microsoft.Playwright;
using ResearchRelease.Browser.Tests.Infrastructure;

namespace ResearchRelease.Browser.Tests.Journeys;

/// <summary>A researcher withdraws a submitted application only after saying so twice, by mouse and by keyboard.</summary>
public sealed class WithdrawJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Researcher_withdraws_only_after_confirming(bool keyboard)
    {
        Chromium.Require();
        var (id, _) = await app.AwaitingDecisionAsync();
        var (driver, context) = await app.NewJourneyAsync("withdraw", keyboard);
        await driver.SignInAsync("researcher");
        await driver.GoAsync($"/applications/{id}");
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Button, new() { Name = "Withdraw application" }));
        await driver.ArrivedAsync($"**/applications/{id}/withdraw");
        await driver.SeenAsync("are-you-sure");
        var still = await app.WaitForAsync("researcher", id, v => true);
        Assert.Equal("AwaitingDecision", still.GetProperty("status").GetString());
        await driver.FillAsync(driver.Page.Locator("#Reason"), "The funding fell through.");
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Button, new() { Name = "Yes, withdraw application" }));
        await driver.ArrivedAsync($"**/applications/{id}");
        await driver.SeenAsync("withdrawn");
        Assert.Contains("You withdrew this application.", await driver.Page.InnerTextAsync("main"), StringComparison.Ordinal);
        driver.AssertAccessible();
        await context.CloseAsync();
    }
}
