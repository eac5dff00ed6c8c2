namespace ResearchRelease.Web.Features.Statistics;

/// <summary>One quarter's figures: counts by kind, and working days from submission to decision (median, 90th percentile).</summary>
public sealed record QuarterFigures(
    int Quarter,
    IReadOnlyDictionary<string, int> Counts,
    double? MedianDays,
    double? Percentile90Days,
    int Agreed,
    int Disagreed
)
{
    public int Count(string kind) => Counts.GetValueOrDefault(kind);

    /// <summary>"October to December 2026": quarters in words, never a code.</summary>
    public string Name => Words(Quarter);

    public static string Words(int quarter) =>
        (quarter % 10) switch
        {
            1 => "January to March",
            2 => "April to June",
            3 => "July to September",
            _ => "October to December",
        }
        + " "
        + (quarter / 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record RefusalReason(string Part, string Reason, int Count);

public sealed record DecisionFigures(
    IReadOnlyList<QuarterFigures> Quarters,
    int Agreed,
    int Disagreed,
    int NeitherWay,
    IReadOnlyList<RefusalReason> Reasons
)
{
    public double? AgreementRate => Agreed + Disagreed == 0 ? null : (double)Agreed / (Agreed + Disagreed);
}
