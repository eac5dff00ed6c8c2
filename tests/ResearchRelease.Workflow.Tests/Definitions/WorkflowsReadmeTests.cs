using System.Text.RegularExpressions;
using ResearchRelease.Workflow.Definitions;
using ResearchRelease.Workflow.Tests.Support;

namespace ResearchRelease.Workflow.Tests.Definitions;

/// <summary>The hand-written diagram in workflows/README.md must stay true to the definition.</summary>
public sealed partial class WorkflowsReadmeTests
{
    [Fact]
    public void The_mermaid_diagram_has_exactly_the_nodes_and_arrows_of_v1()
    {
        var definition = ProcessDefinitionLoader.Parse(DefinitionFiles.V1Json, DefinitionFiles.V1Path);
        var readme = File.ReadAllText(Path.Combine(DefinitionFiles.Folder, "README.md"));
        var diagram = MermaidBlock().Match(readme).Groups["body"].Value;

        var expectedEdges = definition.Nodes
            .SelectMany(n => n.Value.Next is { } next
                ? [Edge(n.Key, null, next)]
                : (n.Value.Transitions ?? new Dictionary<string, string>()).Select(t => Edge(n.Key, t.Key, t.Value)))
            .Order(StringComparer.Ordinal);
        var drawnEdges = EdgeLine().Matches(diagram)
            .Select(m => $"{m.Groups["from"].Value} -{m.Groups["label"].Value}-> {m.Groups["to"].Value}")
            .Order(StringComparer.Ordinal);
        var drawnNodes = NodeLine().Matches(diagram).Select(m => m.Groups["id"].Value).Order(StringComparer.Ordinal);

        Assert.Equal(expectedEdges, drawnEdges);
        Assert.Equal(definition.Nodes.Keys.Select(Id).Order(StringComparer.Ordinal), drawnNodes);
    }

    private static string Id(string node) => node.Replace('-', '_');

    private static string Edge(string from, string? label, string to) => $"{Id(from)} -{label}-> {Id(to)}";

    [GeneratedRegex("```mermaid\\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex MermaidBlock();

    [GeneratedRegex(@"^\s*(?<from>\w+) -->(\|(?<label>\w+)\|)? (?<to>\w+)\s*$", RegexOptions.Multiline)]
    private static partial Regex EdgeLine();

    [GeneratedRegex(@"^\s*(?<id>\w+)[\[\(\{]", RegexOptions.Multiline)]
    private static partial Regex NodeLine();
}
