namespace ResearchRelease.Domain.Applications;

/// <summary>
/// What the Chief Statistician confirms. <see cref="ExpectedVersion"/> is the application version shown on
/// the confirmation page: if anything happened since, the decision is refused rather than signed blind.
/// </summary>
public sealed record DecisionRequest(
    string? Outcome,
    string? Reasons,
    IReadOnlyList<string>? Conditions,
    DateOnly? EndDate,
    int ExpectedVersion
);
