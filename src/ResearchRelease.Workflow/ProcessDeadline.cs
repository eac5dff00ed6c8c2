namespace ResearchRelease.Workflow;

/// <summary>A timer of the wait an instance is at: when it falls due and whether it has fired.</summary>
public sealed record ProcessDeadline(string TimerId, DateTime DueUtc, bool Fired);
