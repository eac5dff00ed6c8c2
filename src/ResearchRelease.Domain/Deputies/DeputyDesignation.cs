namespace ResearchRelease.Domain.Deputies;

public enum DesignationStatus
{
    /// <summary>Recorded, but its period has not begun.</summary>
    Upcoming,
    Active,

    /// <summary>Its period is over.</summary>
    Ended,
    Revoked,
}

/// <summary>
/// The Chief Statistician's formal designation of a named deputy, who may decide applications in the Chief
/// Statistician's place from <see cref="From"/> to <see cref="Until"/> (both days included, UTC dates as elsewhere in
/// the app) unless it is revoked. It is a fold over the designation log: nothing here is ever edited in place.
/// </summary>
public sealed record DeputyDesignation(
    Guid Id,
    string DeputySubject,
    string DeputyName,
    string? DeputyEmail,
    string DeputyTitle,
    DateOnly From,
    DateOnly Until,
    string Reason,
    string DesignatedBySubject,
    string DesignatedByName,
    DateTimeOffset DesignatedAt
)
{
    public DateTimeOffset? RevokedAt { get; init; }
    public string? RevokedByName { get; init; }
    public string? RevocationReason { get; init; }

    public DesignationStatus StatusOn(DateOnly day) =>
        RevokedAt is not null ? DesignationStatus.Revoked
        : day < From ? DesignationStatus.Upcoming
        : day > Until ? DesignationStatus.Ended
        : DesignationStatus.Active;

    public bool IsActiveOn(DateOnly day) => StatusOn(day) == DesignationStatus.Active;

    /// <summary>How a decision made under this designation is signed: "Deputy Director, for the Chief Statistician".</summary>
    public string SignatoryTitle => $"{DeputyTitle}, for the Chief Statistician";
}
