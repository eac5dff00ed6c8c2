namespace ResearchRelease.Workflow.Definitions;

/// <summary>One arrow of a process diagram, between two node ids of the definition.</summary>
/// <param name="From">The node id the arrow leaves.</param>
/// <param name="To">The node id it leads to.</param>
/// <param name="Label">The outcome, payload or timer that takes it; null for a plain next.</param>
/// <param name="Kind">Why the arrow exists.</param>
public sealed record DiagramEdge(string From, string To, string? Label, DiagramEdgeKind Kind);
