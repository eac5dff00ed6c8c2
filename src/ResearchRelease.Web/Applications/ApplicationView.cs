using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Screening;

namespace ResearchRelease.Web.Applications;

/// <summary>The API's view of one application (GET /api/applications/{id}).</summary>
public sealed record ApplicationView(
    Guid Id,
    string Reference,
    string Status,
    string StatusText,
    int Round,
    int Version,
    ApplicationForm Application,
    ApplicationForm? Submitted,
    ScreeningResult? Screening,
    IReadOnlyList<string> ReturnReasons,
    DecisionView? Decision,
    LetterView? Letter,
    IReadOnlyList<string> AllowedActions,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<LetterEntry> Letters,
    ReleaseView? Release = null
);

public sealed record DecisionView(
    string Outcome,
    string Reasons,
    IReadOnlyList<string> Conditions,
    DateOnly? EndDate,
    IReadOnlyList<string> ApprovedDataItems,
    string SignatoryName,
    string SignatoryTitle,
    DateTime DecidedAt
);

/// <summary>The letter in force; <see cref="ApplicationView.Letters"/> lists every letter, superseded ones included.</summary>
public sealed record LetterView(string Kind, string Url, string Sha256, string VerificationCode);

public sealed record TimelineEntry(
    int Sequence,
    string Type,
    string ActorName,
    string ActorRole,
    DateTime OccurredAt,
    string Hash,
    string PreviousHash
);

/// <summary>One entry in the Chief Statistician's queue; <paramref name="Extension"/> marks an extension of an approved release.</summary>
public sealed record QueueEntry(
    Guid Id,
    string Reference,
    string Title,
    string Organisation,
    string Applicant,
    string? Recommendation,
    DateTime? SubmittedAt,
    int Round,
    bool Extension = false
);

public sealed record RegisterEntry(
    Guid Id,
    string Reference,
    string Title,
    string Organisation,
    string Applicant,
    string Status,
    string? Outcome,
    DateTime? DecidedAt
);
