using System.Text.Json;
using Microsoft.Playwright;
using ResearchRelease.Browser.Tests.Infrastructure;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Browser.Tests.Journeys;

/// <summary>
/// The researcher applies and sees the decision, once with the mouse and once with the keyboard alone. The two are
/// classes of their own so that they run side by side: each fills in every page of an application.
/// </summary>
[LongRunning(55)]
public abstract class ResearcherJourneyTests(BrowserApp app, bool keyboard) : IClassFixture<BrowserApp>
{
    [SkippableFact]
    public async Task Researcher_applies_and_sees_the_decision()
    {
        Chromium.Require();
        var (driver, context) = await app.NewJourneyAsync("researcher", keyboard);
        await driver.SignInFromStartPageAsync("researcher");
        await driver.SeenAsync("your-applications");
        var id = await ApplicationFormFiller.FillFirstExampleAsync(driver);
        var tasksUrl = driver.Page.Url;
        // Ethics approval is declared, so its letter must be attached before the application can be submitted.
        await driver.GoAsync($"/applications/{id}/attachments");
        await driver
            .Page.Locator("#file-ethics_approval")
            .SetInputFilesAsync(
                new FilePayload
                {
                    Name = "ethics-approval.pdf",
                    MimeType = "application/pdf",
                    Buffer = BrowserApp.OnePagePdf(),
                }
            );
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Button, new() { Name = "Upload ethics approval letter" }));
        await driver.Page.GetByText("ethics-approval.pdf").First.WaitForAsync();
        await driver.Page.GotoAsync(tasksUrl);
        await driver.SeenAsync("task-list");
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Button, new() { Name = "Check your answers" }));
        await driver.SeenAsync("check-and-submit");
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Button, new() { Name = "Submit application" }));
        await driver.ArrivedAsync($"**/applications/{id}/submitted");
        await driver.SeenAsync("submitted");
        Assert.Contains("Your reference number", await driver.Page.InnerTextAsync("#submitted"), StringComparison.Ordinal);

        await app.WaitForAsync("researcher", id, v => v.GetProperty("status").GetString() == "AwaitingDecision");
        await app.DecideAsync(
            id,
            new
            {
                outcome = "approve",
                endDate = "2029-03-31",
                conditions = new[] { "Outputs are checked before publication." },
            }
        );
        await app.WaitForAsync("researcher", id, v => v.GetProperty("letter").ValueKind == JsonValueKind.Object);

        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Link, new() { Name = "See where your application is" }));
        await driver.SeenAsync("decision");
        Assert.True(await driver.Page.GetByRole(AriaRole.Heading, new() { Name = "Decision" }).IsVisibleAsync());
        Assert.Contains("Outputs are checked before publication.", await driver.Page.InnerTextAsync("main"), StringComparison.Ordinal);

        // The letter as a web page: the same words as the PDF, with a link to the PDF.
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Link, new() { Name = "Read your decision letter" }));
        await driver.ArrivedAsync($"**/applications/{id}/letter");
        await driver.SeenAsync("letter");
        Assert.Contains("Outputs are checked before publication.", await driver.Page.InnerTextAsync("#letter"), StringComparison.Ordinal);
        Assert.True(await driver.Page.GetByRole(AriaRole.Link, new() { Name = "Download the letter (PDF)" }).IsVisibleAsync());

        // An output goes on the public register for good: it is shown back for an "Are you sure?" before it is added.
        await driver.GoAsync($"/applications/{id}");
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Link, new() { Name = "Report a publication or other output" }));
        await driver.SeenAsync("report-output");
        await driver.FillAsync(driver.Page.Locator("#Title"), "Attainment gaps at key stage 4");
        await driver.FillAsync(driver.Page.Locator("#Link"), "https://example.org/papers/attainment-gaps");
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        await driver
            .Page.GetByRole(AriaRole.Heading, new() { Name = "Are you sure you want to add this output to the public register?" })
            .WaitForAsync();
        await driver.SeenAsync("output-are-you-sure");
        Assert.Contains(
            "https://example.org/papers/attainment-gaps",
            await driver.Page.InnerTextAsync("#output-answers"),
            StringComparison.Ordinal
        );
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Button, new() { Name = "Yes, add it to the register" }));
        await driver.Page.Locator("#added").WaitForAsync();
        await driver.SeenAsync("output-added");
        Assert.Contains("Attainment gaps at key stage 4", await driver.Page.InnerTextAsync("#outputs"), StringComparison.Ordinal);
        driver.AssertAccessible();
        await context.CloseAsync();
    }
}

public sealed class ResearcherJourneyByMouse(BrowserApp app) : ResearcherJourneyTests(app, keyboard: false);

public sealed class ResearcherJourneyByKeyboard(BrowserApp app) : ResearcherJourneyTests(app, keyboard: true);
