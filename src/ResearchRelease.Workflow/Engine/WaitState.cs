namespace ResearchRelease.Workflow.Engine;

/// <summary>
/// One stay at a wait node: when it began and when each of its timers falls due. Set once on
/// arrival, so that a restart or a wake-up never moves a deadline.
/// </summary>
/// <remarks>Stored inside <see cref="ProcessData"/>: do not rename or move this type.</remarks>
internal sealed class WaitState
{
    public string Node { get; set; } = "";

    public int Round { get; set; }

    public DateTime EnteredAtUtc { get; set; }

    /// <summary>Timer id to its due time (UTC). A timer whose anchor had no date is absent.</summary>
    public Dictionary<string, DateTime> DueUtc { get; set; } = [];

    /// <summary>Timers that have fired (their activity ran), in firing order.</summary>
    public List<string> Fired { get; set; } = [];
}
