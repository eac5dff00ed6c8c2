namespace ResearchRelease.Web.Verification;

/// <summary>
/// What the public verification page may show about an issued letter: nothing the letter itself does not
/// already print, so a verification code reveals no more than the paper it is on.
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
    bool Superseded);
