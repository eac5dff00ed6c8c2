namespace ResearchRelease.Domain.Screening;

/// <summary>
/// One free-text answer, with where it sits in the application. <see cref="StatesPurpose"/> marks the answers
/// that say what the project will do and produce (the title and the intended outputs): a purpose named there
/// can fail limb 1, while the same words elsewhere only call for judgement.
/// </summary>
internal sealed record TextSource(string Path, string Label, string Raw, string Normalised, bool StatesPurpose)
{
    /// <summary>For example: the intended output "marketing campaign".</summary>
    public string Described => $"{Label} {TextMatch.Quote(Raw)}";
}
