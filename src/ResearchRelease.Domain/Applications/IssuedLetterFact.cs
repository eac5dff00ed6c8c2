namespace ResearchRelease.Domain.Applications;

/// <summary>
/// One letter as the fold knows it: issued by the workflow (a decision or an extension) or by a correction.
/// <paramref name="Number"/> counts the letters of its round (1 is the workflow's letter, 2 its first correction…).
/// </summary>
public sealed record IssuedLetterFact(
    Guid LetterId,
    int Round,
    int Number,
    string Kind,
    string Sha256,
    string VerificationCode,
    DateTime IssuedAt,
    Guid? SupersedesLetterId = null,
    string? SupersedesVerificationCode = null,
    string? CorrectionReason = null
)
{
    public IReadOnlyList<LetterChange> Changes { get; init; } = [];

    /// <summary>Set once a correction replaces this letter.</summary>
    public string? SupersededByVerificationCode { get; init; }
}
