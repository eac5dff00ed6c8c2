using System.Text.RegularExpressions;
using ResearchRelease.Workflow.Definitions;
using ResearchRelease.Workflow.Tests.Support;

namespace ResearchRelease.Workflow.Tests.Definitions;

/// <summary>The generated diagram draws every node and every transition of the file, and nothing else.</summary>
public sealed partial class ProcessDiagramTests
{
    [Fact]
    public void The_mermaid_text_has_exactly_the_nodes_and_arrows_of_v1()
    {
        var definition = ProcessDefinitionLoader.Parse(DefinitionFiles.V1Json, DefinitionFiles.V1Path);
        var diagram = ProcessDiagram.Mermaid(definition);

        var expectedEdges = definition
            .Nodes.SelectMany(n =>
                n.Value.Next is { } next
                    ? [Edge(n.Key, null, next)]
                    : (n.Value.Transitions ?? new Dictionary<string, string>()).Select(t => Edge(n.Key, t.Key, t.Value))
            )
            .Append($"start --> {ProcessDiagram.MermaidId(definition.Start)}")
            .Order(StringComparer.Ordinal);
        var drawnEdges = EdgeLine()
            .Matches(diagram)
            .Select(m => $"{m.Groups["from"].Value} -{m.Groups["label"].Value}-> {m.Groups["to"].Value}")
            .Order(StringComparer.Ordinal);
        var drawnNodes = NodeLine().Matches(diagram).Select(m => m.Groups["id"].Value).Order(StringComparer.Ordinal);

        Assert.Equal(expectedEdges, drawnEdges);
        Assert.Equal(definition.Nodes.Keys.Select(ProcessDiagram.MermaidId).Append("start").Order(StringComparer.Ordinal), drawnNodes);
        Assert.StartsWith("flowchart TD\n", diagram, StringComparison.Ordinal);
        Assert.Contains("await_decision{{\"Await decision<br/>(signal: decided)\"}}", diagram, StringComparison.Ordinal);
        Assert.Contains(
            "await_resubmission{{\"Await resubmission<br/>(signal: resubmitted, starts a new round)\"}}",
            diagram,
            StringComparison.Ordinal
        );
        Assert.Contains("approved([\"End: approved\"])", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void Reserved_words_and_quotes_cannot_break_the_mermaid_text()
    {
        Assert.Equal("end_node", ProcessDiagram.MermaidId("end"));
        Assert.Equal("start_node", ProcessDiagram.MermaidId("start"));
        Assert.Equal("await_decision", ProcessDiagram.MermaidId("await-decision"));
        var definition = new ProcessDefinition
        {
            Id = "t",
            Version = 1,
            Title = "t",
            Start = "end",
            Nodes = new Dictionary<string, ProcessNode>
            {
                ["end"] = new() { Type = ProcessNodeTypes.End, Description = "d" },
            },
        };
        var diagram = ProcessDiagram.Mermaid(definition);
        Assert.Contains("start((\"Start\")) --> end_node", diagram, StringComparison.Ordinal);
        Assert.Contains("end_node([\"End: end\"])", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void Edges_name_their_kind_for_the_text_equivalent()
    {
        var definition = ProcessDefinitionLoader.Parse(DefinitionFiles.V1Json, DefinitionFiles.V1Path);
        var edges = ProcessDiagram.Edges(definition);

        Assert.Contains(new DiagramEdge("screen", "return-to-researcher", "incomplete", DiagramEdgeKind.Outcome), edges);
        Assert.Contains(new DiagramEdge("await-decision", "await-resubmission", "return", DiagramEdgeKind.Payload), edges);
        Assert.Contains(new DiagramEdge("await-resubmission", "screen", null, DiagramEdgeKind.Next), edges);
        Assert.Empty(ProcessDiagram.EdgesFrom(definition, "approved"));
    }

    private static string Edge(string from, string? label, string to) =>
        $"{ProcessDiagram.MermaidId(from)} -{label}-> {ProcessDiagram.MermaidId(to)}";

    [GeneratedRegex(@"^\s*(?<from>\w+)(\(\(""Start""\)\))? -->(\|""(?<label>\w+)""\|)? (?<to>\w+)\s*$", RegexOptions.Multiline)]
    private static partial Regex EdgeLine();

    [GeneratedRegex(@"^\s*(?<id>\w+)[\[\(\{]", RegexOptions.Multiline)]
    private static partial Regex NodeLine();
}
