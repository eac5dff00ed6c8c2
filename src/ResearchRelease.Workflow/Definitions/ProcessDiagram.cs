using System.Globalization;
using System.Text;

namespace ResearchRelease.Workflow.Definitions;

/// <summary>
/// The diagram of a definition, generated from the definition itself so that the picture compliance
/// reads cannot drift from what the engine runs: Mermaid flowchart text (workflows/README.md and the
/// compliance page) and the same nodes and arrows as data (the page's text equivalent).
/// </summary>
/// <remarks>
/// To draw something new on a node (e.g. its timers), add an edge source to <see cref="EdgeSources"/>
/// and, if it needs words in the box, a line to <see cref="NodeLines"/>: both outputs follow.
/// </remarks>
public static class ProcessDiagram
{
    /// <summary>Each yields the arrows leaving one node; their order is the order they are drawn in.</summary>
    private static readonly Func<ProcessDefinition, string, ProcessNode, DiagramWords, IEnumerable<DiagramEdge>>[] EdgeSources =
    [
        TransitionEdges,
        TimerEdges,
    ];

    /// <summary>Mermaid words that cannot be node ids.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "end",
        "graph",
        "flowchart",
        "subgraph",
        "style",
        "class",
        "classDef",
        "click",
        "linkStyle",
        "default",
        "direction",
    };

    /// <summary>Every arrow of the definition, node by node in file order, labelled in <paramref name="words"/> (codes by default).</summary>
    public static IReadOnlyList<DiagramEdge> Edges(ProcessDefinition definition, DiagramWords? words = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition
            .Nodes.SelectMany(n => EdgeSources.SelectMany(source => source(definition, n.Key, n.Value, words ?? DiagramWords.Codes)))
            .ToList();
    }

    /// <summary>The arrows leaving one node.</summary>
    public static IReadOnlyList<DiagramEdge> EdgesFrom(ProcessDefinition definition, string nodeId, DiagramWords? words = null) =>
        Edges(definition, words).Where(e => e.From == nodeId).ToList();

    /// <summary>The words in a node's box, one entry per line: what kind of node and what it runs or waits for.</summary>
    public static IReadOnlyList<string> NodeLines(ProcessDefinition definition, string nodeId, ProcessNode node, DiagramWords? words = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(node);
        var w = words ?? DiagramWords.Codes;
        return node.Type switch
        {
            ProcessNodeTypes.Activity => [w.Activity(node.Activity ?? nodeId), .. w.ActivityDetail(node.Activity)],
            ProcessNodeTypes.Wait when node.Signals is null => [w.Step(nodeId), w.WaitsFor([node.Signal ?? ""], node.AdvancesRound)],
            ProcessNodeTypes.Wait =>
            [
                w.Step(nodeId),
                w.WaitsFor([.. node.Signals.Keys], advancesRound: false),
                .. (node.Timers ?? []).Where(t => t.Next is null).Select(w.Timer),
            ],
            ProcessNodeTypes.End => [w.End(nodeId)],
            _ => [nodeId],
        };
    }

    /// <summary>Mermaid flowchart text in <paramref name="words"/> (codes by default), ending with a newline; stable for a given definition.</summary>
    public static string Mermaid(ProcessDefinition definition, DiagramWords? words = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var text = new StringBuilder("flowchart TD\n");
        text.Append(CultureInfo.InvariantCulture, $"    start((\"Start\")) --> {MermaidId(definition.Start)}\n");
        foreach (var (id, node) in definition.Nodes)
        {
            var label = string.Join("<br/>", NodeLines(definition, id, node, words).Select(Escape));
            var shape = node.Type switch
            {
                ProcessNodeTypes.Wait => $"{{{{\"{label}\"}}}}",
                ProcessNodeTypes.End => $"([\"{label}\"])",
                _ => $"[\"{label}\"]",
            };
            text.Append(CultureInfo.InvariantCulture, $"    {MermaidId(id)}{shape}\n");
        }

        text.Append('\n');
        foreach (var edge in Edges(definition, words))
        {
            var arrow = edge.Kind == DiagramEdgeKind.Timer ? "-.->" : "-->";
            // Quoted: an unquoted edge label may not hold brackets ("resubmitted (new round)" stopped the v2 diagram).
            var label = edge.Label is null ? "" : $"|\"{Escape(edge.Label)}\"|";
            text.Append(CultureInfo.InvariantCulture, $"    {MermaidId(edge.From)} {arrow}{label} {MermaidId(edge.To)}\n");
        }

        return text.ToString();
    }

    /// <summary>A node id as Mermaid accepts it: hyphens become underscores, reserved words get a suffix.</summary>
    public static string MermaidId(string nodeId)
    {
        ArgumentNullException.ThrowIfNull(nodeId);
        var id = nodeId.Replace('-', '_');
        return Reserved.Contains(id) || id == "start" ? id + "_node" : id;
    }

    /// <summary>"route-to-chief-statistician" → "Route to chief statistician".</summary>
    public static string Humanise(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var words = id.Replace('-', ' ').Replace('_', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static IEnumerable<DiagramEdge> TransitionEdges(ProcessDefinition definition, string id, ProcessNode node, DiagramWords words)
    {
        if (node.Signals is not null)
        {
            return node.Signals.SelectMany(signal =>
                signal.Value.Next is { } to
                    ? [new DiagramEdge(id, to, words.Signal(signal.Key, signal.Value.AdvancesRound), DiagramEdgeKind.Payload)]
                    : (signal.Value.Transitions ?? new Dictionary<string, string>()).Select(t => new DiagramEdge(
                        id,
                        t.Value,
                        words.Payload(signal.Key, t.Key),
                        DiagramEdgeKind.Payload
                    ))
            );
        }

        if (node.Next is { } next)
        {
            return [new DiagramEdge(id, next, null, DiagramEdgeKind.Next)];
        }

        return node.Type == ProcessNodeTypes.Wait
            ? (node.Transitions ?? new Dictionary<string, string>()).Select(t => new DiagramEdge(
                id,
                t.Value,
                words.Payload(node.Signal ?? "", t.Key),
                DiagramEdgeKind.Payload
            ))
            : (node.Transitions ?? new Dictionary<string, string>()).Select(t => new DiagramEdge(
                id,
                t.Value,
                words.Outcome(t.Key),
                DiagramEdgeKind.Outcome
            ));
    }

    /// <summary>Timers that leave the wait are dotted arrows; those that only run an activity are lines in the box.</summary>
    private static IEnumerable<DiagramEdge> TimerEdges(ProcessDefinition definition, string id, ProcessNode node, DiagramWords words) =>
        (node.Timers ?? []).Where(t => t.Next is not null).Select(t => new DiagramEdge(id, t.Next!, words.Timer(t), DiagramEdgeKind.Timer));

    /// <summary>"after 60 days: lapse-application", "30 days before release-end: remind-release-ending".</summary>
    public static string TimerWords(ProcessTimer timer) => DiagramWords.Codes.Timer(timer);

    /// <summary>Mermaid's entity codes for the characters that would end a quoted label or an edge label.</summary>
    private static string Escape(string text) =>
        text.Replace("\"", "#quot;", StringComparison.Ordinal)
            .Replace("|", "#124;", StringComparison.Ordinal)
            .Replace("<", "#lt;", StringComparison.Ordinal)
            .Replace(">", "#gt;", StringComparison.Ordinal);
}
