namespace ResearchRelease.Workflow;

/// <summary>A timer of the wait an instance is at: when it falls due and whether it has fired.</summary>
public sealed record ProcessDeadline(string TimerId, DateTime DueUtc, bool Fired)
{
    /// <summary>The activity the timer runs when due (null for a timer that only leaves the wait).</summary>
    public string? Activity { get; init; }
}
