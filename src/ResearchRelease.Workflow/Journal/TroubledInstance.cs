namespace ResearchRelease.Workflow;

/// <summary>An unfinished instance an operator should look at: suspended, failing and retrying, or waiting too long.</summary>
/// <param name="ApplicationId">The application (the instance's reference).</param>
/// <param name="DefinitionId">The definition it is pinned to.</param>
/// <param name="DefinitionVersion">Its version.</param>
/// <param name="Status">One of <see cref="ProcessStatus"/>.</param>
/// <param name="CurrentNode">The node it is at.</param>
/// <param name="Round">Its round.</param>
/// <param name="Retrying">An activity has failed and is being retried (its attempts are not used up yet).</param>
/// <param name="WaitingSinceUtc">When its current wait began, if it is at a wait (suspended or not).</param>
/// <param name="ErrorCount">Failed step executions stored for it (wf_execution_errors).</param>
/// <param name="LastError">The latest error message, if any.</param>
/// <param name="LastErrorUtc">When that happened.</param>
public sealed record TroubledInstance(
    Guid ApplicationId,
    string DefinitionId,
    int DefinitionVersion,
    string Status,
    string CurrentNode,
    int Round,
    bool Retrying,
    DateTime? WaitingSinceUtc,
    int ErrorCount,
    string? LastError,
    DateTime? LastErrorUtc
);
