using System.ComponentModel.DataAnnotations;

namespace ResearchRelease.Web.Process;

/// <summary>
/// The <c>Workflow</c> section: how this node runs the engine. Periods of the process itself (reminders, lapse,
/// expiry) are the definition's; <see cref="TimerPeriods"/> only shortens them for trying the service by hand.
/// </summary>
public sealed class WorkflowSettings
{
    public const string Section = "Workflow";

    /// <summary>
    /// How often an idle node compares its clock with the next due time it knows; it sends the database nothing
    /// for this. Also how soon a run must be due again for the node to hold on to it.
    /// </summary>
    [Range(0.01, 60)]
    public double PollIntervalSeconds { get; set; } = 1.0;

    /// <summary>How often a node reads the database for due work nothing announced (a lost notification).</summary>
    [Range(0.1, 1440)]
    public double SweepMinutes { get; set; } = 5.0;

    /// <summary>False for a web-only node: it starts and signals instances but runs no steps.</summary>
    public bool RunSteps { get; set; } = true;

    public bool DistributedLocks { get; set; } = true;

    /// <summary>The wait before a failed activity is tried again.</summary>
    [Range(0.01, 86_400)]
    public double ActivityRetrySeconds { get; set; } = 30.0;

    /// <summary>Attempts before an instance is suspended and listed for an administrator.</summary>
    [Range(1, 100)]
    public int MaxActivityAttempts { get; set; } = 5;

    /// <summary>Instances this node runs at once.</summary>
    [Range(1, 64)]
    public int StepConcurrency { get; set; } = 4;

    /// <summary>Days an instance may wait before the operations page lists it as possibly stuck.</summary>
    [Range(1, 3650)]
    public int StuckAfterWaitingDays { get; set; } = 10;

    /// <summary>Timer name to period ("PT2M"); an empty value keeps the definition's own period.</summary>
    public Dictionary<string, string> TimerPeriods { get; set; } = [];
}
