namespace ResearchRelease.Workflow;

/// <summary>The values of <see cref="ProcessInstanceView.Status"/>.</summary>
public static class ProcessStatus
{
    /// <summary>A step is due or being executed.</summary>
    public const string Running = "Running";

    /// <summary>Parked on a wait node until its signal arrives.</summary>
    public const string Waiting = "Waiting";

    /// <summary>An activity kept failing and its retries ran out; an operator must resume it.</summary>
    public const string Suspended = "Suspended";

    /// <summary>An end node was reached.</summary>
    public const string Complete = "Complete";

    /// <summary>Stopped by an operator.</summary>
    public const string Terminated = "Terminated";
}
