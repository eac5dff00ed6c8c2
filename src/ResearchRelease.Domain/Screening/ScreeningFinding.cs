namespace ResearchRelease.Domain.Screening;

/// <summary>
/// One finding of the screening (screening policy principle 1): which part of the test it concerns, how serious it
/// is, a reason in plain English that a researcher can act on, and the answers it rests on. Stored inside the
/// <c>ApplicationScreened</c> event, so fields are only ever added, with defaults.
/// </summary>
public sealed record ScreeningFinding
{
    /// <summary>One of <see cref="ScreeningParts"/>.</summary>
    public required string Part { get; init; }

    /// <summary>One of <see cref="FindingSeverities"/>.</summary>
    public required string Severity { get; init; }

    /// <summary>Plain English naming the question as the researcher saw it; never a field path or code.</summary>
    public required string Reason { get; init; }

    /// <summary>Machine paths into the application (for example <c>settings.accessRoute</c>), for links and the API.</summary>
    public List<string> Evidence { get; init; } = [];

    /// <summary>A stable name of the rule that made the finding, for tests and for comparing policy versions.</summary>
    public string Rule { get; init; } = string.Empty;
}
