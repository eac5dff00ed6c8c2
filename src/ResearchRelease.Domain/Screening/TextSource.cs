namespace ResearchRelease.Domain.Screening;

/// <summary>
/// One free-text answer, with where it sits in the application and how the researcher saw the question.
/// <see cref="StatesPurpose"/> marks the answers that say what the project will do and produce (the title and the
/// intended outputs). Free text only ever raises a finding to judgement (principle 2), except where it contradicts
/// a declaration and the safer reading wins (principle 4).
/// </summary>
internal sealed record TextSource(string Path, string Label, string Raw, string Normalised, bool StatesPurpose)
{
    /// <summary>The answer cut into clauses, for reading statements of intent (see <see cref="Statements"/>).</summary>
    public IReadOnlyList<string> Clauses { get; } = Statements.Clauses(Raw);

    /// <summary>For example: your answer to "Intended outputs" ("marketing campaign").</summary>
    public string Described => $"{Label} ({TextMatch.Quote(Raw)})";
}
