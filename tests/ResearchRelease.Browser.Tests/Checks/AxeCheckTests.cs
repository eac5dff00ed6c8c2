using Microsoft.Playwright;
using ResearchRelease.Browser.Tests.Infrastructure;

namespace ResearchRelease.Browser.Tests.Checks;

/// <summary>
/// The accessibility check every journey relies on must be able to fail: a page with known WCAG failures is reported
/// rule by rule, and a clean page passes with rules actually run.
/// </summary>
public sealed class AxeCheckTests
{
    [SkippableFact]
    public async Task Reports_each_failure_on_a_page_and_passes_a_clean_one()
    {
        Chromium.Require();
        await using var context = await (await Chromium.SharedAsync()).NewContextAsync();
        var page = await context.NewPageAsync();

        await page.SetContentAsync(
            """
            <!DOCTYPE html><html><head><title>Broken</title></head>
            <body><main><h1>Broken</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text"></main></body></html>
            """
        );
        var broken = await AxeCheck.RunAsync(page);
        var rules = broken.Violations.Select(v => v.Id).ToList();
        Assert.Contains("html-has-lang", rules);
        Assert.Contains("image-alt", rules);
        Assert.Contains("label", rules);
        Assert.Contains(broken.Violations, v => v.Id == "image-alt" && v.Nodes.Single().StartsWith("<img", StringComparison.Ordinal));

        await page.SetContentAsync(
            """
            <!DOCTYPE html><html lang="en"><head><title>Clean</title></head>
            <body><main><h1>Clean</h1><label for="n">Name</label><input id="n" type="text"></main></body></html>
            """
        );
        var clean = await AxeCheck.RunAsync(page);
        Assert.Empty(clean.Violations);
        Assert.True(clean.Passes > 0);
        Assert.Equal(0, clean.Frames);
    }
}
