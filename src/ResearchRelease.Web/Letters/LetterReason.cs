namespace ResearchRelease.Web.Letters;

/// <summary>
/// A reason given under a heading: for a refusal, one limb of the regulation test (e.g. "Purpose");
/// for an approval, a remark from the Chief Statistician.
/// </summary>
public sealed record LetterReason(string Heading, string Text);
