namespace ResearchRelease.Domain.Screening;

/// <summary>
/// What the automatic regulation test recommends. The Chief Statistician decides; this only advises.
/// Serialised as it stands into the <c>ApplicationScreened</c> event, so its shape is part of the record.
/// </summary>
public sealed record ScreeningResult
{
    /// <summary>"2009" (as made) or "2013" (as amended).</summary>
    public required string Ruleset { get; init; }
    public required LimbResult Purpose { get; init; }
    public required LimbResult Necessity { get; init; }
    /// <summary>DfE's privacy-notice conditions: no decisions about individuals, no one identifiable in results.</summary>
    public required LimbResult Conditions { get; init; }
    public required CompletenessResult Completeness { get; init; }
    public required List<DataItemScreening> DataItems { get; init; }
    /// <summary>"eligible", "ineligible", "needs_judgement" or "incomplete".</summary>
    public required string Overall { get; init; }
}

public sealed record LimbResult
{
    /// <summary>"met", "not_met" or "needs_judgement".</summary>
    public required string Outcome { get; init; }
    public required List<string> Reasons { get; init; }
    /// <summary>The answers (JSON paths into the application) the reasons rest on.</summary>
    public List<string> Evidence { get; init; } = [];
}

public sealed record CompletenessResult
{
    /// <summary>"complete" or "incomplete".</summary>
    public required string Outcome { get; init; }
    public required List<string> Missing { get; init; }
}

public sealed record DataItemScreening
{
    public required string Item { get; init; }
    public required List<string> Findings { get; init; }
}

public static class Outcomes
{
    public const string Met = "met";
    public const string NotMet = "not_met";
    public const string NeedsJudgement = "needs_judgement";
    public const string Complete = "complete";
    public const string Incomplete = "incomplete";
    public const string Eligible = "eligible";
    public const string Ineligible = "ineligible";
}
