namespace ResearchRelease.Domain.StandingShares;

/// <summary>
/// A standing share event with when and by whom it was recorded. The fold needs the actor because separation of duties
/// turns on who wrote the terms being decided; the actor is part of the hashed row, so it is as trustworthy as the event.
/// </summary>
public readonly record struct RecordedShareEvent(StandingShareEvent Event, DateTime At, string ActorSubject, string ActorName);
