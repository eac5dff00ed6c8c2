using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace ResearchRelease.Browser.Tests.Infrastructure;

/// <summary>
/// Runs axe-core inside the page against WCAG 2.2 AA and brings back only what a journey reports: how many rules
/// passed and each violation. The page extension of Deque's Playwright package aggregates its results in a blank page it
/// opens for every check, which cost half a second a page and two thirds of a journey's time; none of our pages has a
/// frame, which is the one thing that aggregation is for.
/// </summary>
public static class AxeCheck
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly Lazy<string> Source = new(() => new BundledAxeScriptProvider().GetScript());

    public sealed record Violation(string Id, string? Impact, string Help, string[] Nodes);

    public sealed record Outcome(int Passes, Violation[] Violations, int Frames);

    public static async Task<Outcome> RunAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.EvaluateAsync(Source.Value);
        var json = await page.EvaluateAsync<string>(
            """
            async tags => {
                const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
                return JSON.stringify({
                    passes: r.passes.length,
                    violations: r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.html) })),
                    frames: document.querySelectorAll('iframe, frame').length,
                });
            }
            """,
            WcagTags
        );
        return JsonSerializer.Deserialize<Outcome>(json, Json)!;
    }
}
