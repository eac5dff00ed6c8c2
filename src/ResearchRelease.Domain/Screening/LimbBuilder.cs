namespace ResearchRelease.Domain.Screening;

/// <summary>
/// Writes findings about one part of the test (a limb, the conditions or one of the Five Safes) into the
/// application's <see cref="FindingList"/>. Each finding is a plain-English sentence (no field paths: those go in
/// the evidence) and the answers, as JSON paths, it rests on.
/// </summary>
internal sealed class LimbBuilder(FindingList list, string part)
{
    public string Part => part;

    public Severity Worst => list.Worst(part);

    public void Met(string sentence, params string[] paths) => Add(Severity.Met, sentence, paths);

    public void Note(string rule, string sentence, params string[] paths) => list.Add(part, Severity.Note, rule, sentence, paths);

    public void NeedsJudgement(string sentence, params string[] paths) => Add(Severity.NeedsJudgement, sentence, paths);

    public void NotMet(string sentence, params string[] paths) => Add(Severity.NotMet, sentence, paths);

    public void Missing(string rule, string sentence, params string[] paths) => list.Add(part, Severity.Missing, rule, sentence, paths);

    public void Add(Severity severity, string sentence, params string[] paths) => list.Add(part, severity, string.Empty, sentence, paths);

    public void Add(Severity severity, string rule, string sentence, params string[] paths) =>
        list.Add(part, severity, rule, sentence, paths);
}
