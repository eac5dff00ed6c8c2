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
    private static readonly Func<ProcessDefinition, string, ProcessNode, IEnumerable<DiagramEdge>>[] EdgeSources =
    [
        TransitionEdges,
        TimerEdges,
    ];

    /// <summary>Mermaid words that cannot be node ids.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "end", "graph", "flowchart", "subgraph", "style", "class", "classDef", "click", "linkStyle", "default", "direction",
    };

    /// <summary>Every arrow of the definition, node by node in file order.</summary>
    public static IReadOnlyList<DiagramEdge> Edges(ProcessDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Nodes
            .SelectMany(n => EdgeSources.SelectMany(source => source(definition, n.Key, n.Value)))
            .ToList();
    }

    /// <summary>The arrows leaving one node.</summary>
    public static IReadOnlyList<DiagramEdge> EdgesFrom(ProcessDefinition definition, string nodeId) =>
        Edges(definition).Where(e => e.From == nodeId).ToList();

    /// <summary>The words in a node's box, one entry per line: what kind of node and what it runs or waits for.</summary>
    public static IReadOnlyList<string> NodeLines(ProcessDefinition definition, string nodeId, ProcessNode node)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(node);
        return node.Type switch
        {
            ProcessNodeTypes.Activity => [Humanise(node.Activity ?? nodeId), $"(activity: {node.Activity})"],
            ProcessNodeTypes.Wait when node.Signals is null =>
                [Humanise(nodeId), node.AdvancesRound ? $"(signal: {node.Signal}, starts a new round)" : $"(signal: {node.Signal})"],
            ProcessNodeTypes.Wait =>
                [Humanise(nodeId), $"(signals: {string.Join(", ", node.Signals.Keys)})", .. (node.Timers ?? []).Where(t => t.Next is null).Select(TimerWords)],
            ProcessNodeTypes.End => [$"End: {nodeId}"],
            _ => [nodeId],
        };
    }

    /// <summary>Mermaid flowchart text, ending with a newline; stable for a given definition.</summary>
    public static string Mermaid(ProcessDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var text = new StringBuilder("flowchart TD\n");
        text.Append(CultureInfo.InvariantCulture, $"    start((\"Start\")) --> {MermaidId(definition.Start)}\n");
        foreach (var (id, node) in definition.Nodes)
        {
            var label = string.Join("<br/>", NodeLines(definition, id, node).Select(Escape));
            var shape = node.Type switch
            {
                ProcessNodeTypes.Wait => $"{{{{\"{label}\"}}}}",
                ProcessNodeTypes.End => $"([\"{label}\"])",
                _ => $"[\"{label}\"]",
            };
            text.Append(CultureInfo.InvariantCulture, $"    {MermaidId(id)}{shape}\n");
        }

        text.Append('\n');
        foreach (var edge in Edges(definition))
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

    private static IEnumerable<DiagramEdge> TransitionEdges(ProcessDefinition definition, string id, ProcessNode node)
    {
        if (node.Signals is not null)
        {
            return node.Signals.SelectMany(signal => signal.Value.Next is { } to
                ? [new DiagramEdge(id, to, signal.Value.AdvancesRound ? $"{signal.Key} (new round)" : signal.Key, DiagramEdgeKind.Payload)]
                : (signal.Value.Transitions ?? new Dictionary<string, string>())
                    .Select(t => new DiagramEdge(id, t.Value, t.Key, DiagramEdgeKind.Payload)));
        }

        if (node.Next is { } next)
        {
            return [new DiagramEdge(id, next, null, DiagramEdgeKind.Next)];
        }

        var kind = node.Type == ProcessNodeTypes.Wait ? DiagramEdgeKind.Payload : DiagramEdgeKind.Outcome;
        return (node.Transitions ?? new Dictionary<string, string>())
            .Select(t => new DiagramEdge(id, t.Value, t.Key, kind));
    }

    /// <summary>Timers that leave the wait are dotted arrows; those that only run an activity are lines in the box.</summary>
    private static IEnumerable<DiagramEdge> TimerEdges(ProcessDefinition definition, string id, ProcessNode node) =>
        (node.Timers ?? []).Where(t => t.Next is not null).Select(t => new DiagramEdge(id, t.Next!, TimerWords(t), DiagramEdgeKind.Timer));

    /// <summary>"after 60 days: lapse-application", "30 days before release-end: remind-release-ending".</summary>
    public static string TimerWords(ProcessTimer timer)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var when = timer.After is not null
            ? $"after {timer.After}"
            : timer.Before is not null ? $"{timer.Before} before {timer.Anchor}" : $"at {timer.Anchor}";
        return timer.Activity is null ? when : $"{when}: {timer.Activity}";
    }

    /// <summary>Mermaid's entity codes for the characters that would end a quoted label or an edge label.</summary>
    private static string Escape(string text) =>
        text.Replace("\"", "#quot;", StringComparison.Ordinal)
            .Replace("|", "#124;", StringComparison.Ordinal)
            .Replace("<", "#lt;", StringComparison.Ordinal)
            .Replace(">", "#gt;", StringComparison.Ordinal);
}
