namespace ResearchRelease.Domain.Screening;

/// <summary>
/// Every statement the screening makes about one application, in the order made. Limb outcomes, completeness, the
/// considerations and the overall outcome are all read from this one list, so they cannot disagree.
/// </summary>
internal sealed class FindingList
{
    private readonly List<Entry> entries = [];

    public LimbBuilder For(string part) => new(this, part);

    public void Add(string part, Severity severity, string rule, string reason, IReadOnlyList<string> paths) =>
        entries.Add(new Entry(part, severity, rule, Sentence(reason), paths));

    public Severity Worst(string part)
    {
        var worst = Severity.Met;
        foreach (var e in entries)
        {
            if (e.Part == part)
            {
                worst = SeverityOutcomes.Worst(worst, e.Severity);
            }
        }

        return worst;
    }

    /// <summary>A limb as the Chief Statistician reads it: its outcome, every statement worst first, and the answers cited.</summary>
    public LimbResult Limb(string part)
    {
        var mine = entries.Where(e => e.Part == part).OrderByDescending(e => e.Severity).ToList();
        return new LimbResult
        {
            Outcome = Worst(part).ToOutcome(),
            Reasons = mine.Select(e => e.Reason).Distinct(StringComparer.Ordinal).ToList(),
            Evidence = mine.SelectMany(e => e.Paths).Distinct(StringComparer.Ordinal).ToList(),
        };
    }

    public CompletenessResult Completeness()
    {
        var missing = entries.Where(e => e.Severity == Severity.Missing).ToList();
        return new CompletenessResult
        {
            Outcome = missing.Count == 0 ? Outcomes.Complete : Outcomes.Incomplete,
            Missing = missing.Select(e => e.Reason).ToList(),
            MissingPaths = missing.Select(e => e.Paths.Count > 0 ? e.Paths[0] : string.Empty).ToList(),
        };
    }

    /// <summary>The findings proper: everything but statements that something is met.</summary>
    public List<ScreeningFinding> Findings() =>
        entries
            .Where(e => e.Severity != Severity.Met)
            .OrderByDescending(e => e.Severity)
            .Select(e => new ScreeningFinding
            {
                Part = e.Part,
                Severity = e.Severity.ToFindingSeverity(),
                Reason = e.Reason,
                Evidence = [.. e.Paths],
                Rule = e.Rule,
            })
            .ToList();

    public List<string> Notes() => entries.Where(e => e.Severity == Severity.Note).Select(e => e.Reason).ToList();

    /// <summary>A reason as one sentence: capitalised, ending with a full stop.</summary>
    private static string Sentence(string reason)
    {
        var body = TextMatch.Capitalise(reason.Trim());
        return body.EndsWith('.') || body.EndsWith('?') || body.EndsWith('"') && body.Length > 1 && body[^2] == '.' ? body : body + ".";
    }

    private sealed record Entry(string Part, Severity Severity, string Rule, string Reason, IReadOnlyList<string> Paths);
}
