namespace ResearchRelease.Workflow;

/// <summary>The values of <see cref="JournalEntry.Kind"/>.</summary>
public static class JournalKinds
{
    public const string NodeEntered = "node-entered";
    public const string NodeLeft = "node-left";
    public const string Waiting = "waiting";
    public const string SignalReceived = "signal-received";
    public const string TimerFired = "timer-fired";
    public const string ActivityFailed = "activity-failed";
    public const string Suspended = "suspended";
    public const string Ended = "ended";

    /// <summary>An operator suspended, resumed or retried the instance (<see cref="JournalEntry.Actor"/> says who).</summary>
    public const string OperatorSuspended = "operator-suspended";
    public const string OperatorResumed = "operator-resumed";
    public const string OperatorRetried = "operator-retried";
}
