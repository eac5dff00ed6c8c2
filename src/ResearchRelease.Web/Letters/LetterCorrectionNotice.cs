namespace ResearchRelease.Web.Letters;

/// <summary>
/// Printed prominently on a corrected letter: which letter it corrects and replaces (by its verification code and
/// date), why, and which details changed. The superseded letter itself is never touched.
/// </summary>
public sealed record LetterCorrectionNotice(
    string SupersededVerificationCode,
    DateOnly SupersededDate,
    string Reason,
    IReadOnlyList<string> ChangedFields,
    string CorrectedBy
);
