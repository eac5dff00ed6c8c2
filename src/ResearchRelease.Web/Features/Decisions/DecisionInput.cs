using ResearchRelease.Web.Infrastructure;

namespace ResearchRelease.Web.Features.Decisions;

/// <summary>The decision form's fields. Posted twice: once to review, once (as hidden fields) to sign.</summary>
public sealed class DecisionInput
{
    public string? Outcome { get; set; }
    public string? Reasons { get; set; }
    public string? Conditions { get; set; }
    public string? EndDay { get; set; }
    public string? EndMonth { get; set; }
    public string? EndYear { get; set; }
    public int Version { get; set; }

    public List<string> ConditionLines() => (Conditions ?? "").Split('\n').Select(c => c.Trim()).Where(c => c.Length > 0).ToList();

    /// <summary>The end date, or an error when the parts do not make a real date.</summary>
    public (DateOnly? Value, string? Error) EndDate() =>
        DateParts.Parse(EndDay, EndMonth, EndYear, "The end date must be a real date, for example 31 3 2029.");
}
