namespace ResearchRelease.Web.Features.Verification;

/// <summary>
/// The answer to "is this file a letter the Department issued?"; the letter's details when it is.
/// <see cref="Status"/> is <c>genuine</c>, <c>genuine_superseded</c> (issued by the Department, but replaced by a
/// corrected letter) or <c>not_genuine</c>; <see cref="Message"/> says the same in words.
/// </summary>
public sealed record VerifyAnswer(bool Genuine, VerifiedLetter? Letter, string Status, string Message)
{
    public static VerifyAnswer For(VerifiedLetter? letter) =>
        letter switch
        {
            null => new(false, null, "not_genuine", "This file is not a letter the Department issued."),
            { Superseded: true, SupersededByVerificationCode: { } by } => new(
                true,
                letter,
                "genuine_superseded",
                $"This is a genuine letter, but it has been superseded: letter {by} corrects and replaces it."
            ),
            { Superseded: true } => new(
                true,
                letter,
                "genuine_superseded",
                "This is a genuine letter, but a later letter has been issued for this application."
            ),
            _ => new(true, letter, "genuine", "This file is exactly the letter the Department issued."),
        };
}
