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
    public IReadOnlyList<Clause> Clauses { get; } = Statements.Clauses(Raw);

    /// <summary>For example: your intended output ("marketing campaign").</summary>
    public string Described => $"{Label} ({TextMatch.Quote(Raw)})";

    /// <summary>The answer named with the sentence a finding rests on, when the answer is longer than that sentence.</summary>
    public string DescribedAt(Clause? clause) =>
        clause is null || clause.Sentence.Length + 10 >= Raw.Trim().Length
            ? Described
            : $"{Label} (\"…{TextMatch.Quote(clause.Sentence)[1..]})";

    /// <summary>The first clause stating, as intent, one of the phrases; null if none does (see <see cref="Statements"/>).</summary>
    public Clause? Affirming(Phrases phrases) => Statements.Affirming(Clauses, c => phrases.IndexIn(c));

    public Clause? Affirming(Func<string, int> find) => Statements.Affirming(Clauses, find);
}
