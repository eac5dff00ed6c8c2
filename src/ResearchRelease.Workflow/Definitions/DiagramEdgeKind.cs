namespace ResearchRelease.Workflow.Definitions;

/// <summary>Why a diagram edge exists; decides how it is drawn and described.</summary>
public enum DiagramEdgeKind
{
    /// <summary>The node's single <see cref="ProcessNode.Next"/>, whatever the outcome.</summary>
    Next,

    /// <summary>An activity outcome's transition.</summary>
    Outcome,

    /// <summary>A signal payload's transition from a wait node.</summary>
    Payload,

    /// <summary>A timer on a wait node that fires if no signal came first (drawn dotted).</summary>
    Timer,
}
