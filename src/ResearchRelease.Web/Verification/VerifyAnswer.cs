namespace ResearchRelease.Web.Verification;

/// <summary>The answer to "is this file a letter the Department issued?"; the letter's details when it is.</summary>
public sealed record VerifyAnswer(bool Genuine, VerifiedLetter? Letter);
