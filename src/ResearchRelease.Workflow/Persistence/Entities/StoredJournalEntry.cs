namespace ResearchRelease.Workflow.Persistence.Entities;

/// <summary>A row of wf_journal: one thing the interpreter or an operator did to an instance (see Journal/ProcessJournal).</summary>
internal sealed class StoredJournalEntry
{
    public long Id { get; set; }

    /// <summary>The application id ("D" format), as the instance's reference.</summary>
    public string ApplicationId { get; set; } = "";

    public string? WorkflowId { get; set; }

    public int Round { get; set; }

    public string? Node { get; set; }

    /// <summary>One of <see cref="JournalKinds"/>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Signal and payload, outcome and target, error message, or operator's note.</summary>
    public string? Detail { get; set; }

    /// <summary>Who, for an operator's action; null for the engine.</summary>
    public string? Actor { get; set; }

    public long OccurredAtUtcTicks { get; set; }

    /// <summary>
    /// Execution pointer + kind for progress entries, so that a step the engine runs again (at-least-once)
    /// is journalled once; null for entries where each occurrence counts (failures, operator actions).
    /// </summary>
    public string? DedupeKey { get; set; }
}
