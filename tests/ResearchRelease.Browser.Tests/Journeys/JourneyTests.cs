using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using ResearchRelease.Browser.Tests.Infrastructure;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Browser.Tests.Journeys;

/// <summary>
/// The three journeys in real Chromium, each once with the mouse and once with the keyboard alone: the researcher
/// applies and sees the decision; the Chief Statistician approves with conditions; compliance finds the record and
/// downloads it. Steps that a journey does not look at (another person's part) go through the API.
/// </summary>
public sealed class JourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Researcher_applies_and_sees_the_decision(bool keyboard)
    {
        Chromium.Require();
        var (driver, context) = await app.NewJourneyAsync("researcher", keyboard);
        await driver.SignInFromStartPageAsync("researcher");
        await driver.SeenAsync("your-applications");
        var id = await ApplicationFormFiller.FillFirstExampleAsync(driver);
        var tasksUrl = driver.Page.Url;
        // Ethics approval is declared, so its letter must be attached before the application can be submitted.
        await driver.GoAsync($"/applications/{id}/attachments");
        await driver.Page.Locator("#file-ethics_approval").SetInputFilesAsync(new FilePayload
        {
            Name = "ethics-approval.pdf", MimeType = "application/pdf", Buffer = OnePagePdf(),
        });
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Button, new() { Name = "Upload ethics approval letter" }));
        await driver.Page.GetByText("ethics-approval.pdf").First.WaitForAsync();
        await driver.Page.GotoAsync(tasksUrl);
        await driver.SeenAsync("task-list");
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Button, new() { Name = "Check your answers" }));
        await driver.SeenAsync("check-and-submit");
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Button, new() { Name = "Submit application" }));
        await driver.Page.WaitForURLAsync($"**/applications/{id}/submitted");
        await driver.SeenAsync("submitted");
        Assert.Contains("Your reference number", await driver.Page.InnerTextAsync("#submitted"), StringComparison.Ordinal);

        await WaitForAsync("researcher", id, v => v.GetProperty("status").GetString() == "AwaitingDecision");
        var decided = await app.Api("chief-statistician").PostAsync($"/api/applications/{id}/decision", Json(new
        {
            outcome = "approve", endDate = "2029-03-31", conditions = new[] { "Outputs are checked before publication." },
        }));
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
        await WaitForAsync("researcher", id, v => v.GetProperty("letter").ValueKind == JsonValueKind.Object);

        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Link, new() { Name = "See where your application is" }));
        await driver.SeenAsync("decision");
        Assert.True(await driver.Page.GetByRole(AriaRole.Heading, new() { Name = "Decision" }).IsVisibleAsync());
        Assert.Contains("Outputs are checked before publication.", await driver.Page.InnerTextAsync("main"), StringComparison.Ordinal);

        // The letter as a web page: the same words as the PDF, with a link to the PDF.
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Link, new() { Name = "Read your decision letter" }));
        await driver.Page.WaitForURLAsync($"**/applications/{id}/letter");
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
        await driver.Page.GetByRole(AriaRole.Heading, new() { Name = "Are you sure you want to add this output to the public register?" })
            .WaitForAsync();
        await driver.SeenAsync("output-are-you-sure");
        Assert.Contains("https://example.org/papers/attainment-gaps", await driver.Page.InnerTextAsync("#output-answers"),
            StringComparison.Ordinal);
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Button, new() { Name = "Yes, add it to the register" }));
        await driver.Page.Locator("#added").WaitForAsync();
        await driver.SeenAsync("output-added");
        Assert.Contains("Attainment gaps at key stage 4", await driver.Page.InnerTextAsync("#outputs"), StringComparison.Ordinal);
        driver.AssertAccessible();
        await context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Chief_statistician_approves_with_conditions(bool keyboard)
    {
        Chromium.Require();
        var (id, reference) = await SubmittedApplicationAsync();
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

        var view = await WaitForAsync("researcher", id, v => v.GetProperty("decision").ValueKind == JsonValueKind.Object);
        Assert.Equal("approve", view.GetProperty("decision").GetProperty("outcome").GetString());
        Assert.Equal(2, view.GetProperty("decision").GetProperty("conditions").EnumerateArray().Count(c => c.GetString() is "Outputs are checked before publication." or "No linkage to other data."));
        driver.AssertAccessible();
        await context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Compliance_finds_the_record_and_downloads_it(bool keyboard)
    {
        Chromium.Require();
        var (id, reference) = await SubmittedApplicationAsync();
        var decided = await app.Api("chief-statistician").PostAsync($"/api/applications/{id}/decision", Json(new { outcome = "approve", endDate = "2029-03-31" }));
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
        await WaitForAsync("researcher", id, v => v.GetProperty("letter").ValueKind == JsonValueKind.Object);

        var (driver, context) = await app.NewJourneyAsync("compliance", keyboard);
        await driver.SignInAsync("compliance");
        await driver.SeenAsync("register");
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Link, new() { Name = reference }));
        await driver.SeenAsync("record");

        var record = await driver.Page.RunAndWaitForDownloadAsync(() => driver.ActivateAsync(driver.Page.Locator("#record-download")));
        var recordPath = Path.Combine(driver.Output, $"{reference}-record.json");
        await record.SaveAsAsync(recordPath);
        Assert.Contains(reference, JsonDocument.Parse(await File.ReadAllTextAsync(recordPath)).RootElement.GetProperty("reference").GetString(), StringComparison.Ordinal);

        var letter = await driver.Page.RunAndWaitForDownloadAsync(() => driver.ActivateAsync(driver.Page.Locator("#letter-download")));
        var letterPath = Path.Combine(driver.Output, $"{reference}-letter.pdf");
        await letter.SaveAsAsync(letterPath);
        Assert.Equal("%PDF", Encoding.ASCII.GetString((await File.ReadAllBytesAsync(letterPath))[..4]));
        driver.AssertAccessible();
        await context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Researcher_withdraws_only_after_confirming(bool keyboard)
    {
        Chromium.Require();
        var (id, _) = await SubmittedApplicationAsync();
        var (driver, context) = await app.NewJourneyAsync("withdraw", keyboard);
        await driver.SignInAsync("researcher");
        await driver.GoAsync($"/applications/{id}");
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Button, new() { Name = "Withdraw application" }));
        await driver.Page.WaitForURLAsync($"**/applications/{id}/withdraw");
        await driver.SeenAsync("are-you-sure");
        var still = await WaitForAsync("researcher", id, v => true);
        Assert.Equal("AwaitingDecision", still.GetProperty("status").GetString());
        await driver.FillAsync(driver.Page.Locator("#Reason"), "The funding fell through.");
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Button, new() { Name = "Yes, withdraw application" }));
        await driver.Page.WaitForURLAsync($"**/applications/{id}");
        await driver.SeenAsync("withdrawn");
        Assert.Contains("You withdrew this application.", await driver.Page.InnerTextAsync("main"), StringComparison.Ordinal);
        driver.AssertAccessible();
        await context.CloseAsync();
    }

    private async Task<(Guid Id, string Reference)> SubmittedApplicationAsync()
    {
        var (id, reference) = await app.SubmitExampleAsync("pub-01");
        await WaitForAsync("researcher", id, v => v.GetProperty("status").GetString() == "AwaitingDecision");
        return (id, reference);
    }

    private Task<JsonElement> WaitForAsync(string persona, Guid id, Func<JsonElement, bool> done) => app.WaitForAsync(persona, id, done);

    private static StringContent Json(object value) =>
        new(JsonSerializer.Serialize(value, ExampleCases.Json), Encoding.UTF8, "application/json");

    private static byte[] OnePagePdf()
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        document.AddPage();
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }
}
