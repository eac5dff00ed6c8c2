using System.Globalization;
using System.Text.RegularExpressions;

namespace ResearchRelease.Workflow.Definitions;

/// <summary>A period in a timer: an amount of working days, days, hours, minutes or seconds.</summary>
public readonly partial record struct ProcessPeriod(int Amount, ProcessPeriodUnit Unit)
{
    /// <summary>Reads "10 working days", "1 day", "36 hours", "5 minutes", "30 seconds".</summary>
    public static bool TryParse(string? text, out ProcessPeriod period)
    {
        period = default;
        var match = text is null ? null : Pattern().Match(text.Trim());
        if (
            match is null
            || !match.Success
            || !int.TryParse(match.Groups["amount"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
        )
        {
            return false;
        }

        var unit = match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "working day" => ProcessPeriodUnit.WorkingDays,
            "day" => ProcessPeriodUnit.Days,
            "hour" => ProcessPeriodUnit.Hours,
            "minute" => ProcessPeriodUnit.Minutes,
            _ => ProcessPeriodUnit.Seconds,
        };
        period = new ProcessPeriod(amount, unit);
        return true;
    }

    public static ProcessPeriod Parse(string text) =>
        TryParse(text, out var period)
            ? period
            : throw new FormatException(
                $"'{text}' is not a period: write e.g. \"10 working days\", \"30 days\", \"4 hours\" or \"5 minutes\"."
            );

    /// <summary>The instant this period after (or, with a negative sign, before) <paramref name="from"/>.</summary>
    public DateTimeOffset AddTo(DateTimeOffset from, int sign, IWorkingCalendar calendar) =>
        Unit switch
        {
            ProcessPeriodUnit.WorkingDays => calendar.AddWorkingDays(from, sign * Amount),
            ProcessPeriodUnit.Days => from.AddDays(sign * Amount),
            ProcessPeriodUnit.Hours => from.AddHours(sign * Amount),
            ProcessPeriodUnit.Minutes => from.AddMinutes(sign * Amount),
            _ => from.AddSeconds(sign * Amount),
        };

    public override string ToString() =>
        Unit switch
        {
            ProcessPeriodUnit.WorkingDays => Plural("working day"),
            ProcessPeriodUnit.Days => Plural("day"),
            ProcessPeriodUnit.Hours => Plural("hour"),
            ProcessPeriodUnit.Minutes => Plural("minute"),
            _ => Plural("second"),
        };

    private string Plural(string unit) => string.Create(CultureInfo.InvariantCulture, $"{Amount} {unit}{(Amount == 1 ? "" : "s")}");

    [GeneratedRegex(@"^(?<amount>\d{1,6}) (?<unit>working day|day|hour|minute|second)s?$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
