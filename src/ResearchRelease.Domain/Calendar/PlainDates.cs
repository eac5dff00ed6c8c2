using System.Globalization;

namespace ResearchRelease.Domain.Calendar;

/// <summary>
/// Every date and time a person reads, in GOV.UK style: "31 March 2029", "6 December 2026 at 3:45pm". Times are UK
/// time (GMT or British Summer Time), because the people who read them are in England; the store, the API, the CSV
/// exports and the downloadable record keep UTC and ISO dates, which machines read.
/// </summary>
public static class PlainDates
{
    // The invariant culture has the English month names, so this needs no ICU culture data on the host.
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;
    private static readonly TimeZoneInfo? UkZone = FindUkZone();

    /// <summary>"31 March 2029".</summary>
    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", English);

    /// <summary>"1 July to 30 September 2026"; both years when they differ ("1 December 2026 to 31 January 2027").</summary>
    public static string Range(DateOnly first, DateOnly last) =>
        first.Year == last.Year ? $"{first.ToString("d MMMM", English)} to {Day(last)}" : $"{Day(first)} to {Day(last)}";

    /// <summary>The UK calendar day of an instant stored in UTC.</summary>
    public static string Day(DateTime utc) => Day(DateOnly.FromDateTime(InUk(utc)));

    public static string Day(DateTimeOffset at) => Day(at.UtcDateTime);

    /// <summary>A stored answer ("2029-03-31") as a date; "Not provided" when empty, and as given when it is not a date.</summary>
    public static string Day(string? iso) =>
        string.IsNullOrWhiteSpace(iso) ? "Not provided"
        : DateOnly.TryParseExact(iso.Trim(), "yyyy-MM-dd", English, DateTimeStyles.None, out var d) ? Day(d)
        : iso;

    /// <summary>"6 December 2026 at 3:45pm" in UK time; with seconds ("3:45:36pm") where the order within a minute matters.</summary>
    public static string Moment(DateTime utc, bool seconds = false)
    {
        var local = InUk(utc);
        return $"{Day(DateOnly.FromDateTime(local))} at {Clock(local, seconds)}";
    }

    public static string Moment(DateTimeOffset at, bool seconds = false) => Moment(at.UtcDateTime, seconds);

    /// <summary>"3 March 2026 at 2:05pm GMT" (BST in summer): for letters, which are read long after and far away.</summary>
    public static string MomentWithZone(DateTimeOffset at)
    {
        if (UkZone is null)
            return $"{Day(DateOnly.FromDateTime(at.UtcDateTime))} at {Clock(at.UtcDateTime, false)} UTC";
        var local = TimeZoneInfo.ConvertTime(at, UkZone);
        return $"{Day(DateOnly.FromDateTime(local.DateTime))} at {Clock(local.DateTime, false)} {(local.Offset == TimeSpan.Zero ? "GMT" : "BST")}";
    }

    /// <summary>GOV.UK style time: "2:05pm", "12:00am".</summary>
    private static string Clock(DateTime at, bool seconds) =>
        at.ToString(seconds ? "h:mm:ss" : "h:mm", English) + (at.Hour < 12 ? "am" : "pm");

    private static DateTime InUk(DateTime utc)
    {
        var asUtc = utc.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(utc, DateTimeKind.Utc) : utc.ToUniversalTime();
        return UkZone is null ? asUtc : TimeZoneInfo.ConvertTimeFromUtc(asUtc, UkZone);
    }

    // The IANA id (Linux, and Windows with ICU), then the Windows id; without time zone data (a trimmed container)
    // times stay in UTC rather than fail.
    private static TimeZoneInfo? FindUkZone() =>
        new[] { "Europe/London", "GMT Standard Time" }
            .Select(id => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null)
            .FirstOrDefault(zone => zone is not null);
}
