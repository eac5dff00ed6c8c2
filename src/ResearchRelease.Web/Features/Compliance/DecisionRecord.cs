using System.Text.Json;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Screening;
using ResearchRelease.Web.Applications;

namespace ResearchRelease.Web.Features.Compliance;

/// <summary>
/// Everything needed to explain a decision years later: the application as submitted, the screening with
/// its test version, the decision, every event with actor, time and hash, and the letter with its SHA-256.
/// </summary>
public sealed record DecisionRecord(
    string Reference,
    Guid ApplicationId,
    string Status,
    DateTime GeneratedAt,
    ApplicationForm? ApplicationAsSubmitted,
    ScreeningResult? Screening,
    DecisionView? Decision,
    RecordLetter? Letter,
    IReadOnlyList<RecordEvent> Events,
    IReadOnlyList<RecordLetter> Letters
)
{
    /// <summary>When a deputy decided: the designation that authorised them, as the designation log records it.</summary>
    public Domain.Deputies.DeputyDesignation? DeputyDesignation { get; init; }
}

/// <summary>
/// One issued letter with its file. <see cref="DecisionRecord.Letter"/> is the letter in force;
/// <see cref="DecisionRecord.Letters"/> holds every letter, superseded ones included, oldest first.
/// </summary>
public sealed record RecordLetter(
    string Kind,
    string Sha256,
    string VerificationCode,
    DateTime IssuedAt,
    string ContentBase64,
    Guid LetterId,
    int Round,
    int Sequence,
    string? SupersedesVerificationCode,
    string? SupersededByVerificationCode,
    string? CorrectionReason,
    bool InForce
);

public sealed record RecordEvent(
    int Sequence,
    string Type,
    string ActorSubject,
    string ActorName,
    string ActorRole,
    DateTime OccurredAt,
    JsonElement Payload,
    string PreviousHash,
    string Hash
);
