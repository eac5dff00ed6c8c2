using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using ResearchRelease.Browser.Tests.Infrastructure;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Browser.Tests.Journeys;

/// <summary>
/// The public register of disclosures (with Development's example standing shares and a decided application), its
/// filters, "How we decide" with its charts, and a standing share's page for compliance: axe finds nothing on any of them.
/// </summary>
public sealed class DisclosuresJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [SkippableFact]
    public async Task Register_statistics_and_standing_share_pages_are_accessible()
    {
        Chromium.Require();
        var (id, _) = await app.AwaitingDecisionAsync();
        await app.DecideAsync(id, new { outcome = "refuse", reasons = "Published tables would answer these questions." });

        var (driver, context) = await app.NewJourneyAsync("disclosures");
        await driver.GoAsync("/register");
        Assert.True(await driver.Page.Locator(".rr-release").CountAsync() >= 5);
        await driver.SeenAsync("register");
        await driver.GoAsync("/register?kind=standing_share&tier=Identifying");
        await driver.SeenAsync("register-filtered");
        // The date filter's error state: the GOV.UK error summary and date input, checked by axe like the rest.
        await driver.GoAsync("/register?from-day=31&from-month=2&from-year=2026");
        Assert.Equal(1, await driver.Page.Locator(".govuk-error-summary").CountAsync());
        await driver.SeenAsync("register-date-error");
        await driver.GoAsync("/how-we-decide");
        Assert.True(await driver.Page.Locator("svg.rr-chart[role=img]").CountAsync() >= 3);
        await driver.SeenAsync("how-we-decide");

        await driver.SignInAsync("compliance");
        await driver.GoAsync("/standing-shares");
        await driver.SeenAsync("standing-shares");
        await driver.ActivateAsync(driver.Page.Locator("#shares a").First);
        await driver.Page.Locator("#record").WaitForAsync();
        await driver.SeenAsync("standing-share");
        await driver.GoAsync("/standing-shares/new");
        await driver.SeenAsync("standing-share-terms");
        driver.AssertAccessible();
        await context.CloseAsync();
    }
}
