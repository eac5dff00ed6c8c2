using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using ResearchRelease.Browser.Tests.Infrastructure;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Browser.Tests.Journeys;

/// <summary>
/// The deputy's journey (designated by the Chief Statistician on the page, deciding a case, the researcher told it
/// was the deputy, for the Chief Statistician) and the public's (start page, the one-question-per-page check, the
/// register, How we decide). One mouse run each: the keyboard is proved on the same components by the other journeys.
/// </summary>
[LongRunning(45)]
public sealed class DeputyAndPublicJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [SkippableFact]
    public async Task A_deputy_decides_for_the_chief_statistician_and_the_researcher_is_told_so()
    {
        Chromium.Require();
        var (id, reference) = await app.AwaitingDecisionAsync();

        var (chief, chiefContext) = await app.NewJourneyAsync("designate");
        await chief.SignInAsync("chief-statistician");
        await chief.ActivateAsync(chief.Page.GetByRole(AriaRole.Link, new() { Name = "Your deputy" }));
        await chief.SeenAsync("deputies");
        await chief.ActivateAsync(chief.Page.GetByRole(AriaRole.Button, new() { Name = "Designate a deputy" }));
        await chief.SeenAsync("designate");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (
            var (field, value) in new[]
            {
                ("#DeputyName", "Dr Aisha Rahman"),
                ("#DeputySubject", "dev-deputy"),
                ("#DeputyEmail", "aisha.rahman@education.gov.uk"),
                ("#DeputyTitle", "Deputy Director"),
                ("#FromDay", Day(today)),
                ("#FromMonth", Month(today)),
                ("#FromYear", Year(today)),
                ("#UntilDay", Day(today.AddDays(14))),
                ("#UntilMonth", Month(today.AddDays(14))),
                ("#UntilYear", Year(today.AddDays(14))),
                ("#Reason", "Annual leave of the Chief Statistician"),
            }
        )
        {
            await chief.FillAsync(chief.Page.Locator(field), value);
        }
        await chief.ActivateAsync(chief.Page.GetByRole(AriaRole.Button, new() { Name = "Record the designation" }));
        await chief.Page.Locator("#designations").WaitForAsync();
        await chief.SeenAsync("designated");
        chief.AssertAccessible();
        await chiefContext.CloseAsync();

        var (deputy, deputyContext) = await app.NewJourneyAsync("deputy");
        await deputy.SignInAsync("deputy");
        await deputy.GoAsync("/decisions");
        await deputy.SeenAsync("queue");
        await deputy.ActivateAsync(deputy.Page.GetByRole(AriaRole.Link, new() { Name = reference }));
        await deputy.SeenAsync("case");
        await deputy.ChooseAsync("Input.Outcome", "approve");
        await deputy.FillAsync(deputy.Page.Locator("#Conditions"), "Outputs are checked before publication.");
        await deputy.FillAsync(deputy.Page.Locator("#EndDay"), "31");
        await deputy.FillAsync(deputy.Page.Locator("#EndMonth"), "3");
        await deputy.FillAsync(deputy.Page.Locator("#EndYear"), "2029");
        await deputy.ActivateAsync(deputy.Page.GetByRole(AriaRole.Button, new() { Name = "Review decision" }));
        await deputy.Page.GetByText("Check the decision before you sign it").WaitForAsync();
        await deputy.SeenAsync("check-decision");
        await deputy.SetCheckedAsync(deputy.Page.Locator("#confirmed"), true);
        await deputy.ActivateAsync(deputy.Page.GetByRole(AriaRole.Button, new() { Name = "Sign and record decision" }));
        await deputy.Page.GetByText("Decision recorded").WaitForAsync();
        await deputy.SeenAsync("decision-recorded");
        deputy.AssertAccessible();
        await deputyContext.CloseAsync();

        await app.WaitForAsync("researcher", id, v => v.GetProperty("letter").ValueKind == JsonValueKind.Object);
        var (researcher, researcherContext) = await app.NewJourneyAsync("deputy-decided");
        await researcher.SignInAsync("researcher");
        await researcher.ActivateAsync(researcher.Page.GetByRole(AriaRole.Link, new() { Name = "Your applications" }).First);
        await researcher.SeenAsync("applications");
        await researcher.GoAsync($"/applications/{id}");
        await researcher.SeenAsync("decided-by-deputy");
        Assert.Equal(
            "Dr Aisha Rahman, for the Chief Statistician, approved your application.",
            (await researcher.Page.InnerTextAsync("#decided-by")).Trim()
        );
        researcher.AssertAccessible();
        await researcherContext.CloseAsync();
    }

    [SkippableFact]
    public async Task The_public_checks_if_they_can_apply_and_reads_the_register_and_how_we_decide()
    {
        Chromium.Require();
        var (driver, context) = await app.NewJourneyAsync("public");
        await driver.GoAsync("/");
        await driver.SeenAsync("start");
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Link, new() { Name = "Check if you can apply" }).First);
        await driver.SeenAsync("check-start");
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Button, new() { Name = "Start now" }));

        // One question per page, each answered as a person would; the first is left empty once to see the error.
        await driver.ArrivedAsync("**/check/organisation");
        await driver.SeenAsync("check-organisation");
        await Screenshot(driver, "govuk-check-1-first-question.png");
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        await driver.Page.Locator(".govuk-error-summary").WaitForAsync();
        await driver.SeenAsync("check-organisation-error");
        await Answer(driver, "organisation", "university");
        await Answer(driver, "activity", "research");
        await Answer(driver, "subject", "attainment");
        await Answer(driver, "decisions", "no");
        // Back goes to the question before, with its answer kept.
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Link, new() { Name = "Back" }));
        await driver.ArrivedAsync("**/check/decisions");
        Assert.True(await driver.Page.Locator("input[name=answer][value=no]").IsCheckedAsync());
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        await Answer(driver, "identify", "no");
        await Answer(driver, "disclosure", "Outputs checked by the trusted research environment; counts under 10 suppressed.");
        await Answer(driver, "benefit", "Evidence on when disadvantage gaps open helps target school funding.");
        await Answer(
            driver,
            "aggregate",
            "Progress must be measured for the same pupils across key stages; published tables give only school averages."
        );
        await Answer(driver, "data", "attainment");

        await driver.ArrivedAsync("**/check/answers");
        await driver.SeenAsync("check-answers");
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Button, new() { Name = "See your result" }));
        await driver.ArrivedAsync("**/check/result");
        await driver.SeenAsync("check-result");
        await Screenshot(driver, "govuk-check-2-result.png");
        Assert.Contains("You are likely to be able to apply", await driver.Page.InnerTextAsync("#check-result"), StringComparison.Ordinal);

        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Link, new() { Name = "Register of disclosures" }));
        await driver.ArrivedAsync("**/register");
        await driver.SeenAsync("register");
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Link, new() { Name = "How we decide" }).First);
        await driver.ArrivedAsync("**/how-we-decide");
        await driver.SeenAsync("how-we-decide");
        driver.AssertAccessible();
        await context.CloseAsync();
    }

    /// <summary>Answers the question on the current page (a choice by its value, or text) and continues.</summary>
    private static async Task Answer(Driver driver, string slug, string answer)
    {
        await driver.ArrivedAsync($"**/check/{slug}");
        await driver.SeenAsync("check-" + slug);
        var choice = driver.Page.Locator($"input[name=answer][value='{answer}']");
        if (await driver.Page.Locator("textarea#answer").CountAsync() > 0)
            await driver.FillAsync(driver.Page.Locator("#answer"), answer);
        else if (await choice.GetAttributeAsync("type") == "radio")
            await driver.ChooseAsync("answer", answer);
        else
            await driver.SetCheckedAsync(choice, true);
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
    }

    /// <summary>Copies of the check's pages for the people reviewing the change (only where that folder exists).</summary>
    private static async Task Screenshot(Driver driver, string name)
    {
        var folder = Environment.GetEnvironmentVariable("RR_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
            return;
        await driver.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = true });
    }

    private static string Day(DateOnly d) => d.Day.ToString(CultureInfo.InvariantCulture);

    private static string Month(DateOnly d) => d.Month.ToString(CultureInfo.InvariantCulture);

    private static string Year(DateOnly d) => d.Year.ToString(CultureInfo.InvariantCulture);
}
