namespace ResearchRelease.Web.Features.Statistics;

/// <summary>
/// One counted fact for the public statistics (<c>decision_facts</c>): an application received, decided, approved,
/// refused, returned, withdrawn or lapsed, or one screening finding behind a refusal. Written from the fold in the
/// append's transaction (like the register), so the statistics page is current at every request and never folds events.
/// </summary>
public sealed class DecisionFact
{
    public long Id { get; set; }
    public Guid ApplicationId { get; set; }
    public int Round { get; set; }

    /// <summary>One of <see cref="FactKinds"/>.</summary>
    public string Kind { get; set; } = "";
    public DateOnly OccurredOn { get; set; }

    /// <summary>Calendar quarter as year × 10 + quarter (20264 is October to December 2026): what the page groups by.</summary>
    public int Quarter { get; set; }

    /// <summary>For a decision: working days (England and Wales) from the round's submission to the decision.</summary>
    public int? WorkingDays { get; set; }

    /// <summary>For a decision: the screening's recommendation it followed or not.</summary>
    public string? Recommendation { get; set; }

    /// <summary>For a decision: whether it agreed with a recommendation that pointed one way; null when it pointed neither way.</summary>
    public bool? Agreed { get; set; }

    /// <summary>For a refusal reason: the part of the test and the finding's reason.</summary>
    public string? Part { get; set; }
    public string? Reason { get; set; }

    public static int QuarterOf(DateOnly d) => d.Year * 10 + (d.Month - 1) / 3 + 1;
}

public static class FactKinds
{
    public const string Received = "received";
    public const string Decided = "decided";
    public const string Approved = "approved";
    public const string Refused = "refused";
    public const string Returned = "returned";
    public const string Withdrawn = "withdrawn";
    public const string Lapsed = "lapsed";
    public const string RefusalReason = "refusal_reason";

    public static readonly IReadOnlyList<string> Counted = [Received, Decided, Approved, Refused, Returned, Withdrawn, Lapsed];
}
