namespace ResearchRelease.Workflow;

/// <summary>
/// One line of an application's workflow journal. The journal is a diagnostic log of the engine's work, not the
/// record (domain events are): a step the engine repeats after a crash may add a failure line twice.
/// </summary>
/// <param name="OccurredUtc">When it was written (UTC).</param>
/// <param name="Kind">One of <see cref="JournalKinds"/>.</param>
/// <param name="Node">The definition node it concerns, if any.</param>
/// <param name="Round">The instance's round at the time.</param>
/// <param name="Detail">In words: outcome and next node, signal and payload, timer, error message, operator's reason.</param>
/// <param name="Actor">The operator, for an operator's action; null when the engine did it.</param>
public sealed record JournalEntry(DateTime OccurredUtc, string Kind, string? Node, int Round, string? Detail, string? Actor);
