namespace ResearchRelease.Workflow.Definitions;

/// <summary>One node of a process graph; its id is its key in <see cref="ProcessDefinition.Nodes"/>.</summary>
public sealed class ProcessNode
{
    /// <summary>One of <see cref="ProcessNodeTypes"/>.</summary>
    public string Type { get; init; } = "";

    /// <summary>What the node means, in words for compliance readers.</summary>
    public string? Description { get; init; }

    /// <summary>For an activity node: the activity to run.</summary>
    public string? Activity { get; init; }

    /// <summary>For a wait node accepting one signal (the version 1 form): the signal to wait for.</summary>
    public string? Signal { get; init; }

    /// <summary>
    /// For a wait node accepting several signals: each signal and where it leads. Exclusive with
    /// <see cref="Signal"/>, <see cref="Next"/>, <see cref="Transitions"/> and <see cref="AdvancesRound"/>.
    /// </summary>
    public IReadOnlyDictionary<string, SignalRoute>? Signals { get; init; }

    /// <summary>For a wait node: deadlines that fire while it waits.</summary>
    public IReadOnlyList<ProcessTimer>? Timers { get; init; }

    /// <summary>
    /// For a wait node: the round grows by one once the signal has arrived, so that activities
    /// and signals after it are keyed apart from those of the previous round.
    /// </summary>
    public bool AdvancesRound { get; init; }

    /// <summary>The single next node, whatever the outcome. Exclusive with <see cref="Transitions"/>.</summary>
    public string? Next { get; init; }

    /// <summary>Outcome (or signal payload) to next node. Exclusive with <see cref="Next"/>.</summary>
    public IReadOnlyDictionary<string, string>? Transitions { get; init; }

    /// <summary>
    /// For a wait node: the signals it accepts and where each leads, whichever form the file uses.
    /// Empty for other nodes.
    /// </summary>
    public IReadOnlyDictionary<string, SignalRoute> Routes =>
        Signals
        ?? (
            Signal is null
                ? new Dictionary<string, SignalRoute>()
                : new Dictionary<string, SignalRoute>(StringComparer.Ordinal)
                {
                    [Signal] = new SignalRoute
                    {
                        Next = Next,
                        Transitions = Transitions,
                        AdvancesRound = AdvancesRound,
                    },
                }
        );

    /// <summary>Every node this one can lead to.</summary>
    public IEnumerable<string> Targets => SameRoundTargets.Concat(NextRoundTargets).Distinct(StringComparer.Ordinal);

    /// <summary>The nodes this one leads to without the round changing.</summary>
    public IEnumerable<string> SameRoundTargets
    {
        get
        {
            if (Type != ProcessNodeTypes.Wait)
            {
                return Next is not null ? [Next] : Transitions?.Values.Distinct(StringComparer.Ordinal) ?? [];
            }

            return Routes
                .Values.Where(r => !r.AdvancesRound)
                .SelectMany(r => r.Targets)
                .Concat((Timers ?? []).Select(t => t.Next).OfType<string>())
                .Distinct(StringComparer.Ordinal);
        }
    }

    /// <summary>The nodes this one leads to in a new round (after a signal that advances it).</summary>
    public IEnumerable<string> NextRoundTargets =>
        Routes.Values.Where(r => r.AdvancesRound).SelectMany(r => r.Targets).Distinct(StringComparer.Ordinal);

    /// <summary>The node to go to after the given outcome, or null when the outcome has no transition.</summary>
    public string? TargetFor(string outcome) =>
        Next ?? (Transitions is not null && Transitions.TryGetValue(outcome, out var target) ? target : null);
}
