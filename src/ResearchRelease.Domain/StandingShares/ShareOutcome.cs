using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Domain.StandingShares;

/// <summary>The events a standing share command produced, or why it produced none.</summary>
public sealed record ShareOutcome(IReadOnlyList<StandingShareEvent> Events, CommandFailure Failure, string? Message, string? Field = null)
{
    public bool Succeeded => Failure == CommandFailure.None;

    public static ShareOutcome Ok(params StandingShareEvent[] events) => new(events, CommandFailure.None, null);

    public static ShareOutcome Fail(CommandFailure failure, string message, string? field = null) => new([], failure, message, field);

    public static ShareOutcome From(CommandOutcome outcome) => new([], outcome.Failure, outcome.Message, outcome.Field);
}
