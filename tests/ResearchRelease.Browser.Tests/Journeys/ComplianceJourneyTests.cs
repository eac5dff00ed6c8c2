using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using ResearchRelease.Browser.Tests.Infrastructure;

namespace ResearchRelease.Browser.Tests.Journeys;

/// <summary>Compliance finds a decided application's record and downloads it and its letter, by mouse and by keyboard.</summary>
public sealed class ComplianceJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Compliance_finds_the_record_and_downloads_it(bool keyboard)
    {
        Chromium.Require();
        var (id, reference) = await app.AwaitingDecisionAsync();
        await app.DecideAsync(id, new { outcome = "approve", endDate = "2029-03-31" });
        await app.WaitForAsync("researcher", id, v => v.GetProperty("letter").ValueKind == JsonValueKind.Object);

        var (driver, context) = await app.NewJourneyAsync("compliance", keyboard);
        await driver.SignInAsync("compliance");
        await driver.SeenAsync("register");
        await driver.ActivateAsync(driver.Page.GetByRole(AriaRole.Link, new() { Name = reference }));
        await driver.SeenAsync("record");

        var record = await driver.Page.RunAndWaitForDownloadAsync(() => driver.ActivateAsync(driver.Page.Locator("#record-download")));
        var recordPath = Path.Combine(driver.Output, $"{reference}-record.json");
        await record.SaveAsAsync(recordPath);
        Assert.Contains(
            reference,
            JsonDocument.Parse(await File.ReadAllTextAsync(recordPath)).RootElement.GetProperty("reference").GetString(),
            StringComparison.Ordinal
        );

        var letter = await driver.Page.RunAndWaitForDownloadAsync(() => driver.ActivateAsync(driver.Page.Locator("#letter-download")));
        var letterPath = Path.Combine(driver.Output, $"{reference}-letter.pdf");
        await letter.SaveAsAsync(letterPath);
        Assert.Equal("%PDF", Encoding.ASCII.GetString((await File.ReadAllBytesAsync(letterPath))[..4]));
        driver.AssertAccessible();
        await context.CloseAsync();
    }
}
