using System.Text.Json;
using Microsoft.Playwright;
using ResearchRelease.Browser.Tests.Infrastructure;

namespace ResearchRelease.Browser.Tests.Journeys;

/// <summary>The Chief Statistician approves with conditions, with the mouse and with the keyboard alone.</summary>
public sealed class ChiefStatisticianJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Chief_statistician_approves_with_conditions(bool keyboard)
    {
        Chromium.Require();
        var (id, reference) = await app.AwaitingDecisionAsync();
        var (driver, context) = await app.NewJourneyAsync("chief", keyboard);
        await driver.SignInAsync("chief-statistician");
        await driver.SeenAsync("queue");
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Link, new() { Name = reference }));
        await driver.SeenAsync("case");
        await driver.ChooseAsync("Input.Outcome", "approve");
        await driver.FillAsync(driver.Page.Locator("#Conditions"), "Outputs are checked before publication.\nNo linkage to other data.");
        await driver.FillAsync(driver.Page.Locator("#EndDay"), "31");
        await driver.FillAsync(driver.Page.Locator("#EndMonth"), "3");
        await driver.FillAsync(driver.Page.Locator("#EndYear"), "2029");
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Button, new() { Name = "Review decision" }));
        await driver.Page.GetByText("Check the decision before you sign it").WaitForAsync();
        await driver.SeenAsync("check-decision");
        await driver.SetCheckedAsync(driver.Page.Locator("#confirmed"), true);
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Button, new() { Name = "Sign and record decision" }));
        await driver.Page.GetByText("Decision recorded").WaitForAsync();
        await driver.SeenAsync("decision-recorded");

        var view = await app.WaitForAsync("researcher", id, v => v.GetProperty("decision").ValueKind == JsonValueKind.Object);
        Assert.Equal("approve", view.GetProperty("decision").GetProperty("outcome").GetString());
        Assert.Equal(
            2,
            view.GetProperty("decision")
                .GetProperty("conditions")
                .EnumerateArray()
                .Count(c => c.GetString() is "Outputs are checked before publication." or "No linkage to other data.")
        );
        driver.AssertAccessible();
        await context.CloseAsync();
    }
}
