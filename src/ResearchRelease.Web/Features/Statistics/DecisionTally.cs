namespace ResearchRelease.Web.Features.Statistics;

/// <summary>
/// One counter of "How we decide" (<c>decision_tallies</c>): how many facts of one measure fell in one quarter, and for
/// working days how many decisions took that many, for a refusal reason how many findings gave it. Counters are added to
/// in the append's transaction, so the page reads a few hundred rows however many applications there are.
/// </summary>
public sealed class DecisionTally
{
    /// <summary>Calendar quarter as year × 10 + quarter, as <see cref="DecisionFact.Quarter"/>.</summary>
    public int Quarter { get; set; }

    /// <summary>One of <see cref="TallyMeasures"/>.</summary>
    public string Measure { get; set; } = "";

    /// <summary>For <see cref="TallyMeasures.WorkingDays"/>: the number of working days counted; 0 for every other measure.</summary>
    public int WorkingDays { get; set; }

    /// <summary>For <see cref="TallyMeasures.RefusalReason"/>: the part of the test; empty for every other measure.</summary>
    public string Part { get; set; } = "";

    /// <summary>
    /// For a refusal reason: the SHA-256 of its words (hex), which keys the counter; a reason of up to 1,000 characters
    /// is too long for a unique index on PostgreSQL. Empty for every other measure.
    /// </summary>
    public string ReasonKey { get; set; } = "";

    /// <summary>For a refusal reason: its words; empty for every other measure.</summary>
    public string Reason { get; set; } = "";
    public int Count { get; set; }
}

/// <summary>What a <see cref="DecisionTally"/> counts: the kinds of <see cref="FactKinds.Counted"/>, and these.</summary>
public static class TallyMeasures
{
    public const string Agreed = "agreed";
    public const string Differed = "differed";
    public const string NeitherWay = "neither_way";
    public const string WorkingDays = "working_days";
    public const string RefusalReason = FactKinds.RefusalReason;
}
