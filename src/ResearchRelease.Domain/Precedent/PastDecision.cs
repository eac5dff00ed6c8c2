namespace ResearchRelease.Domain.Precedent;

/// <summary>A decided application as precedent needs it: what was asked for, by what kind of body, and what was decided.</summary>
public sealed record PastDecision(
    Guid Id,
    string Reference,
    string Title,
    IReadOnlyList<string> DataItems,
    IReadOnlyList<string> Subjects,
    string? OrganisationType,
    string? AccessRoute,
    string Outcome,
    DateTime DecidedAt,
    string Reasons
);

/// <summary>A past decision ranked against the case in hand, with the similarity in words.</summary>
public sealed record RankedPrecedent(
    PastDecision Decision,
    double Score,
    int ItemsInCommon,
    int ItemsRequested,
    IReadOnlyList<string> Subjects,
    bool SameOrganisationType,
    bool SameAccessRoute
);
