namespace ResearchRelease.Workflow.Engine;

/// <summary>
/// The interpreter's state, stored as each instance's workflow data.
/// </summary>
/// <remarks>
/// Stored as JSON with its .NET type name (see Persistence/StoreJson): do not rename or move this
/// type, or stored instances stop loading. Outcomes are strings because an enum stored in an
/// object-typed field comes back as Int64 and then matches nothing.
/// </remarks>
internal sealed class ProcessData
{
    public Guid ApplicationId { get; set; }

    /// <summary>Starts at 1; grows when a wait with advancesRound has received its signal.</summary>
    public int Round { get; set; } = 1;

    /// <summary>The node to execute next, or the wait node being waited on, or the end node reached.</summary>
    public string CurrentNode { get; set; } = "";

    /// <summary>The last activity outcome or signal payload.</summary>
    public string? LastOutcome { get; set; }

    public bool Finished { get; set; }

    /// <summary>
    /// The signals already taken, as "signal@round". A signal is stored once per (signal, round) and
    /// stays stored, so a later wait of the same round must not take it again.
    /// </summary>
    public List<string> ConsumedSignals { get; set; } = [];

    /// <summary>The wait in progress, with its timers; null while not at a wait node.</summary>
    public WaitState? Wait { get; set; }
}
