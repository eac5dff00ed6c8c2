namespace ResearchRelease.Web.Features.Lifecycle;

/// <summary>An expired release still waiting for its destruction confirmation.</summary>
public sealed record ExpiredRelease(
    Guid Id,
    string Reference,
    string Title,
    string Organisation,
    DateOnly EndDate,
    DateOnly DueBy,
    bool Overdue,
    bool Flagged
);
