namespace ResearchRelease.Domain.Applications;

/// <summary>An event with the time it was recorded (UTC): what the fold reads, so that every time a reader shows comes from it.</summary>
public readonly record struct RecordedEvent(ApplicationEvent Event, DateTime At);
