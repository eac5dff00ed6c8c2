using System.Globalization;
using System.Text.RegularExpressions;
using ResearchRelease.Domain.Calendar;

namespace ResearchRelease.Web.Features.Register;

/// <summary>
/// A calendar quarter of the register's snapshots, named in links as "2026-q3" and in words as "1 July to 30 September
/// 2026". It ends at midnight UTC after its last day, the same clock the register's approval dates are read on.
/// </summary>
public sealed partial record RegisterQuarter(int Year, int Number)
{
    public DateOnly First => new(Year, (Number - 1) * 3 + 1, 1);
    public DateOnly Last => First.AddMonths(3).AddDays(-1);

    /// <summary>The first instant after the quarter: what the snapshot is "as at".</summary>
    public DateTime EndUtc => First.AddMonths(3).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    public string Slug => $"{Year.ToString(CultureInfo.InvariantCulture)}-q{Number.ToString(CultureInfo.InvariantCulture)}";

    public string Words => PlainDates.Range(First, Last);

    public RegisterQuarter Next => Number == 4 ? new(Year + 1, 1) : new(Year, Number + 1);

    public bool IsFinishedOn(DateOnly today) => today > Last;

    public static RegisterQuarter Of(DateOnly day) => new(day.Year, (day.Month - 1) / 3 + 1);

    /// <summary>The last quarter that has finished by <paramref name="today"/>.</summary>
    public static RegisterQuarter LastFinished(DateOnly today) => Of(Of(today).First.AddDays(-1));

    public static RegisterQuarter? Parse(string? slug)
    {
        var m = SlugPattern().Match(slug ?? "");
        return
            m.Success
            && int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= 1000 and <= 9998
            ? new RegisterQuarter(year, m.Groups[2].Value[0] - '0')
            : null;
    }

    /// <summary>Year × 10 + quarter: the order of quarters, and the key snapshots are stored under.</summary>
    public int Code => Year * 10 + Number;

    public static RegisterQuarter FromCode(int code) => new(code / 10, code % 10);

    [GeneratedRegex("^([0-9]{4})-q([1-4])$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
