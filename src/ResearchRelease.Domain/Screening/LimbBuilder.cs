namespace ResearchRelease.Domain.Screening;

/// <summary>
/// Collects the findings of one limb. Each finding is a plain-English sentence and the answers (JSON paths) it
/// rests on; the limb's outcome is its worst finding. Reasons come out worst first, each ending with its
/// evidence in brackets, for example: The activity is research (project.activity).
/// </summary>
internal sealed class LimbBuilder
{
    private readonly List<(Severity Severity, string Reason)> findings = [];
    private readonly List<string> evidence = [];

    public Severity Worst { get; private set; } = Severity.Met;

    public void Met(string sentence, params string[] paths) => Add(Severity.Met, sentence, paths);

    public void NeedsJudgement(string sentence, params string[] paths) => Add(Severity.NeedsJudgement, sentence, paths);

    public void NotMet(string sentence, params string[] paths) => Add(Severity.NotMet, sentence, paths);

    public void Add(Severity severity, string sentence, params string[] paths)
    {
        Worst = SeverityOutcomes.Worst(Worst, severity);
        foreach (var path in paths)
        {
            if (!evidence.Contains(path, StringComparer.Ordinal))
            {
                evidence.Add(path);
            }
        }

        findings.Add((severity, Cite(sentence, paths)));
    }

    public LimbResult Build() => new()
    {
        Outcome = Worst.ToOutcome(),
        Reasons = findings.OrderByDescending(f => f.Severity).Select(f => f.Reason).ToList(),
        Evidence = [.. evidence],
    };

    /// <summary>Ends a sentence with its evidence: "Sentence (a, b)."</summary>
    public static string Cite(string sentence, IReadOnlyCollection<string> paths)
    {
        var body = sentence.TrimEnd().TrimEnd('.');
        return paths.Count == 0 ? body + "." : $"{body} ({string.Join(", ", paths)}).";
    }
}
