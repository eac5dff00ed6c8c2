using System.Globalization;

namespace ResearchRelease.Web.Infrastructure;

/// <summary>
/// The GOV.UK date input pattern: three boxes for day, month and year. All empty means "not answered";
/// anything else must make a real date in a sensible range, or the caller shows <paramref name="error"/>.
/// </summary>
public static class DateParts
{
    public static (DateOnly? Value, string? Error) Parse(string? day, string? month, string? year, string error)
    {
        if (string.IsNullOrWhiteSpace(day) && string.IsNullOrWhiteSpace(month) && string.IsNullOrWhiteSpace(year))
            return (null, null);
        if (
            int.TryParse(day, CultureInfo.InvariantCulture, out var d)
            && int.TryParse(month, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(year, CultureInfo.InvariantCulture, out var y)
            && y is >= 2000 and <= 2100
            && m is >= 1 and <= 12
            && d >= 1
            && d <= DateTime.DaysInMonth(y, m)
        )
            return (new DateOnly(y, m, d), null);
        return (null, error);
    }
}
