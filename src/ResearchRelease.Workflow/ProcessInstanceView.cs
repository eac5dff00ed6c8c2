namespace ResearchRelease.Workflow;

/// <summary>A read-only view of one process instance.</summary>
/// <param name="DefinitionId">The definition the instance is pinned to, e.g. "research-release".</param>
/// <param name="DefinitionVersion">The definition version the instance started on; it never changes.</param>
/// <param name="Status">One of the <see cref="ProcessStatus"/> values.</param>
/// <param name="CurrentNode">The node being executed or waited on; the end node once complete.</param>
/// <param name="Round">The current round (1 until the first resubmission).</param>
/// <param name="CreatedUtc">When the instance was started (UTC).</param>
/// <param name="CompletedUtc">When it reached an end node (UTC), or null.</param>
public sealed record ProcessInstanceView(
    string DefinitionId,
    int DefinitionVersion,
    string Status,
    string CurrentNode,
    int Round,
    DateTime CreatedUtc,
    DateTime? CompletedUtc
)
{
    /// <summary>The timers of the wait in progress, soonest first; empty when not waiting.</summary>
    public IReadOnlyList<ProcessDeadline> Deadlines { get; init; } = [];
}
