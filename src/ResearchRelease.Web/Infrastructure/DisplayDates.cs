using System.Globalization;

namespace ResearchRelease.Web.Infrastructure;

/// <summary>
/// Dates and times in GOV.UK style: "31 March 2029", "6 December 2026 at 3:45pm". Pages, emails and letters write
/// dates through here; ISO dates stay in the API, the CSV exports and the downloadable record, which machines read.
/// </summary>
public static class DisplayDates
{
    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Day(DateTime at) => Day(DateOnly.FromDateTime(at));

    public static string Day(DateTimeOffset at) => Day(at.UtcDateTime);

    /// <summary>A stored answer ("2029-03-31") as a date; "Not provided" when empty, and as given when it is not a date.</summary>
    public static string Day(string? iso) =>
        string.IsNullOrWhiteSpace(iso) ? "Not provided"
        : DateOnly.TryParseExact(iso.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? Day(d)
        : iso;

    /// <summary>"6 December 2026 at 3:45pm"; with seconds ("3:45:36pm") where the order of events within a minute matters.</summary>
    public static string Moment(DateTime at, bool seconds = false)
    {
        var time = at.ToString(seconds ? "h:mm:ss" : "h:mm", CultureInfo.InvariantCulture);
        return $"{Day(at)} at {time}{(at.Hour < 12 ? "am" : "pm")}";
    }

    public static string Moment(DateTimeOffset at, bool seconds = false) => Moment(at.UtcDateTime, seconds);
}
