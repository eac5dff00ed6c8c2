using System.Net;
using ResearchRelease.Web.Features.Operations;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Workflow.Definitions;

namespace ResearchRelease.Web.Tests.Process;

/// <summary>The compliance page of the process: the generated diagram, drawn by a served script, and its table.</summary>
public sealed class ProcessDiagramPageTests(SqliteSharedApp shared) : IClassFixture<SqliteSharedApp>
{
    [Fact]
    public async Task Each_published_version_has_its_diagram_source_and_a_table_of_every_node_and_arrow()
    {
        var definitions = ProcessDefinitionLoader.LoadFolder(Path.Combine(AppContext.BaseDirectory, "workflows")).All;
        var page = await HtmlForms.GetPageAsync(shared.App.ClientFor(Personas.Compliance), "/compliance/process");

        foreach (var d in definitions)
        {
            var section = page.QuerySelector($"section[data-definition='{d.Id}'][data-version='{d.Version}']")!;
            Assert.Equal(ProcessDiagram.Mermaid(d, ProcessWords.Instance), section.QuerySelector(".rr-diagram__source")!.TextContent);
            var rows = section.QuerySelectorAll("table tbody tr");
            Assert.Equal(d.Nodes.Keys.Select(ProcessWords.Instance.Step), rows.Select(r => r.QuerySelector("th")!.TextContent));
            var anchor = $"{d.Id}-v{d.Version}-";
            var links = rows.SelectMany(r =>
                r.QuerySelectorAll("a").Select(a => (From: r.Id![anchor.Length..], To: a.GetAttribute("href")![(anchor.Length + 1)..]))
            );
            Assert.Equal(ProcessDiagram.Edges(d).Select(e => (e.From, e.To)), links);
        }
        Assert.Contains(page.QuerySelectorAll("table tbody tr"), r =>
            r.TextContent.Contains("On “Return for changes” → Await resubmission", StringComparison.Ordinal)
        );
        // The CSP forbids inline script: every script is a file of this origin.
        Assert.All(page.QuerySelectorAll("script"), s => Assert.StartsWith("/", s.GetAttribute("src"), StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("script"), s => s.GetAttribute("src") == "/lib/mermaid/mermaid.min.js");
    }

    [Fact]
    public async Task The_page_names_steps_signals_and_timers_in_words_not_the_definition_codes()
    {
        var definitions = ProcessDefinitionLoader.LoadFolder(Path.Combine(AppContext.BaseDirectory, "workflows")).All;
        var page = await HtmlForms.GetPageAsync(shared.App.ClientFor(Personas.Compliance), "/compliance/process");
        // The drawing library's source is hidden (and left out here); what is drawn from it the browser journey reads.
        var text = PlainWords.VisibleText.Of(page);

        var codes = definitions
            .SelectMany(d =>
                d.Nodes.Keys.Concat(d.Signals.Keys)
                    .Concat(d.Nodes.Values.Select(n => n.Activity ?? ""))
                    .Concat(d.Nodes.Values.SelectMany(n => n.Timers ?? []).SelectMany(t => new[] { t.Anchor ?? "", t.Activity ?? "" }))
                    .Concat(d.Nodes.Values.SelectMany(n => n.Transitions?.Keys ?? []))
            )
            .Where(c => c.Contains('-') || c.Contains('_'))
            .Distinct()
            .ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.DoesNotContain(code, text, StringComparison.Ordinal));
        Assert.Contains("Waits for the decision or a withdrawal", text, StringComparison.Ordinal);
        Assert.Contains("After 10 working days: remind Chief Statistician", text, StringComparison.Ordinal);
        Assert.Contains("On the release's end date: expire release", text, StringComparison.Ordinal);
        Assert.Contains("If the result is “Needs judgement” → Route to Chief Statistician", text, StringComparison.Ordinal);
        Assert.Empty(PlainWords.VisibleText.InternalWords(text));
    }

    [Fact]
    public async Task The_mermaid_library_and_the_page_script_are_served_and_an_administrator_sees_the_pages()
    {
        var anonymous = shared.App.ClientFor(null);
        var library = await anonymous.GetAsync("/lib/mermaid/mermaid.min.js");
        Assert.Equal(HttpStatusCode.OK, library.StatusCode);
        Assert.True((await library.Content.ReadAsByteArrayAsync()).Length > 100_000);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/js/process-diagram.js")).StatusCode);

        var admin = shared.App.ClientFor(Personas.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/compliance/process")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/compliance/process/instances")).StatusCode);
        // An administrator operates the engine; the decision records stay compliance's.
        Assert.Contains("/access-denied", (await admin.GetAsync("/compliance")).Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Contains("/access-denied", (await admin.GetAsync("/decisions")).Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
