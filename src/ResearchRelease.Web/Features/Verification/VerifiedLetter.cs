namespace ResearchRelease.Web.Features.Verification;

/// <summary>
/// What the public verification page may show about an issued letter: nothing the letter itself does not
/// already print, so a verification code reveals no more than the paper it is on. A superseded letter is still
/// genuine (the Department did issue it) but names the letter that corrects and replaces it.
/// </summary>
public sealed record VerifiedLetter(
    string Reference,
    string Organisation,
    string ProjectTitle,
    string Kind,
    string Decision,
    DateTime DecidedAt,
    DateTime IssuedAt,
    DateOnly? EndDate,
    string Sha256,
    string VerificationCode,
    bool Superseded,
    string? SupersededByVerificationCode = null,
    DateTime? SupersededAt = null,
    string? CorrectsVerificationCode = null,
    string? CorrectionReason = null
);
