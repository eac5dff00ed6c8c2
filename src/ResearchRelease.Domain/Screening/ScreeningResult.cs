namespace ResearchRelease.Domain.Screening;

/// <summary>
/// What the automatic regulation test recommends. The Chief Statistician decides; this only advises.
/// Serialised as it stands into the <c>ApplicationScreened</c> event, so its shape is part of the record.
/// </summary>
public sealed record ScreeningResult
{
    /// <summary>The wording applied: "2009" (as made) or "2013" (as amended).</summary>
    public required string Ruleset { get; init; }

    /// <summary>The <see cref="ScreeningPolicy.Version"/> applied; empty for results stored before policies were versioned.</summary>
    public string PolicyVersion { get; init; } = string.Empty;

    /// <summary>
    /// Every finding, worst first (screening policy principle 1). <see cref="Overall"/>, the limbs and
    /// <see cref="Completeness"/> are read from these. Empty for results stored before findings were recorded.
    /// </summary>
    public List<ScreeningFinding> Findings { get; init; } = [];
    public required LimbResult Purpose { get; init; }
    public required LimbResult Necessity { get; init; }

    /// <summary>DfE's privacy-notice conditions: no decisions about individuals, no one identifiable in results.</summary>
    public required LimbResult Conditions { get; init; }
    public required CompletenessResult Completeness { get; init; }
    public required List<DataItemScreening> DataItems { get; init; }

    /// <summary>The reasons of the findings that are notes: worth knowing, never changing <see cref="Overall"/>.</summary>
    public List<string> Considerations { get; init; } = [];

    /// <summary>"eligible", "ineligible", "needs_judgement" or "incomplete".</summary>
    public required string Overall { get; init; }
}

public sealed record LimbResult
{
    /// <summary>"met", "not_met" or "needs_judgement".</summary>
    public required string Outcome { get; init; }
    public required List<string> Reasons { get; init; }

    /// <summary>The answers (JSON paths into the application) the reasons rest on: for links and the API, never shown as text.</summary>
    public List<string> Evidence { get; init; } = [];
}

public sealed record CompletenessResult
{
    /// <summary>"complete" or "incomplete".</summary>
    public required string Outcome { get; init; }
    public required List<string> Missing { get; init; }

    /// <summary>The JSON path of each missing answer, in the same order as <see cref="Missing"/>, for linking to the form.</summary>
    public List<string> MissingPaths { get; init; } = [];
}

public sealed record DataItemScreening
{
    /// <summary>The catalogue code as requested (machine use; show <see cref="Name"/>).</summary>
    public required string Item { get; init; }

    /// <summary>Plain-English findings about this item.</summary>
    public required List<string> Findings { get; init; }

    /// <summary>The catalogue name, or null when the code is not in the catalogue.</summary>
    public string? Name { get; init; }

    /// <summary>The sensitivity tier's display name, or null when the code is not in the catalogue.</summary>
    public string? Tier { get; init; }

    /// <summary>"met", "not_met" or "needs_judgement": the item's worst finding ("met" when there are none).</summary>
    public string Outcome { get; init; } = Outcomes.Met;
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
