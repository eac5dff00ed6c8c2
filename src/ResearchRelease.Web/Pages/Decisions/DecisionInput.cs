using System.Globalization;

namespace ResearchRelease.Web.Pages.Decisions;

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

    public List<string> ConditionLines() =>
        (Conditions ?? "").Split('\n').Select(c => c.Trim()).Where(c => c.Length > 0).ToList();

    /// <summary>The end date, or an error when the parts do not make a real date.</summary>
    public (DateOnly? Value, string? Error) EndDate()
    {
        if (string.IsNullOrWhiteSpace(EndDay) && string.IsNullOrWhiteSpace(EndMonth) && string.IsNullOrWhiteSpace(EndYear)) return (null, null);
        if (int.TryParse(EndDay, CultureInfo.InvariantCulture, out var d) && int.TryParse(EndMonth, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(EndYear, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100 && m is >= 1 and <= 12
            && d >= 1 && d <= DateTime.DaysInMonth(y, m))
            return (new DateOnly(y, m, d), null);
        return (null, "The end date must be a real date, for example 31 3 2029.");
    }
}
