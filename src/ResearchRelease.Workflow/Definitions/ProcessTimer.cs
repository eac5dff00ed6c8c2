namespace ResearchRelease.Workflow.Definitions;

/// <summary>
/// A deadline on a wait node. It falls due either a period <see cref="After"/> the wait began, or a
/// period <see cref="Before"/> (default: at) a date the app supplies for <see cref="Anchor"/>. When it
/// falls due its <see cref="Activity"/> runs (a reminder, say) and the wait goes on, or the wait is
/// left for <see cref="Next"/> (a lapse, an expiry), or both in that order.
/// </summary>
/// <remarks>
/// Periods are written "10 working days", "30 days", "4 hours" or "5 minutes" (see
/// <see cref="ProcessPeriod"/>) and may be overridden per timer id in configuration
/// (<see cref="ReleaseProcessOptions.TimerPeriods"/>), which is how Development runs a short clock.
/// </remarks>
public sealed class ProcessTimer
{
    /// <summary>Unique within the definition; the key for configuration overrides and the journal.</summary>
    public string Id { get; init; } = "";

    public string? Description { get; init; }

    /// <summary>Due this long after the wait began. Exclusive with <see cref="Anchor"/>.</summary>
    public string? After { get; init; }

    /// <summary>The name of a date the app supplies (e.g. "release-end"). Exclusive with <see cref="After"/>.</summary>
    public string? Anchor { get; init; }

    /// <summary>With <see cref="Anchor"/>: due this long before the anchor date; absent means at it.</summary>
    public string? Before { get; init; }

    /// <summary>An activity to run when due (it must declare no outcomes).</summary>
    public string? Activity { get; init; }

    /// <summary>The node to leave the wait for when due; absent means the wait goes on.</summary>
    public string? Next { get; init; }
}
