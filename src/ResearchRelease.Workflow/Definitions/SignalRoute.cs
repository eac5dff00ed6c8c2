namespace ResearchRelease.Workflow.Definitions;

/// <summary>Where a wait node goes when one of the signals it accepts arrives.</summary>
public sealed class SignalRoute
{
    /// <summary>The single next node, whatever the payload. Exclusive with <see cref="Transitions"/>.</summary>
    public string? Next { get; init; }

    /// <summary>Payload to next node. Exclusive with <see cref="Next"/>.</summary>
    public IReadOnlyDictionary<string, string>? Transitions { get; init; }

    /// <summary>
    /// The round grows by one once this signal has arrived, so that activities and signals after it
    /// are keyed apart from those of the previous round.
    /// </summary>
    public bool AdvancesRound { get; init; }

    public IEnumerable<string> Targets => Next is not null ? [Next] : Transitions?.Values.Distinct(StringComparer.Ordinal) ?? [];

    public string? TargetFor(string payload) =>
        Next ?? (Transitions is not null && Transitions.TryGetValue(payload, out var target) ? target : null);
}
