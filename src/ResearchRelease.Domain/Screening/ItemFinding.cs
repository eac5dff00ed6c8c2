namespace ResearchRelease.Domain.Screening;

/// <summary>
/// One finding about one requested item, with the part of the test it belongs to (necessity for minimisation,
/// safe data for sensitivity), the rule that made it and the answers it rests on.
/// </summary>
internal sealed record ItemFinding(Severity Severity, string Text, string[] Paths, string Part = ScreeningParts.Necessity, string Rule = "")
{
    public string Sentence => TextMatch.Capitalise(Text.TrimEnd().TrimEnd('.')) + ".";
}
