using ResearchRelease.Domain.Calendar;
using ResearchRelease.Workflow;

namespace ResearchRelease.Web.Process;

/// <summary>
/// Working days for the process's deadlines: England and Wales, counted on the UK calendar date
/// (an instant late on Friday evening UTC in summer is already Saturday in London).
/// </summary>
public sealed class EnglandAndWalesCalendar : IWorkingCalendar
{
    private static readonly TimeZoneInfo London = FindLondon();

    public DateTimeOffset AddWorkingDays(DateTimeOffset from, int days)
    {
        var local = TimeZoneInfo.ConvertTime(from, London);
        var due = WorkingDays.Add(local, days, BankHolidays.EnglandAndWales.IsWorkingDay);

        // WorkingDays keeps the starting offset; re-read the wall-clock time in London so a deadline
        // across the clocks changing stays at the same local hour.
        var wallClock = DateTime.SpecifyKind(due.DateTime, DateTimeKind.Unspecified);
        return new DateTimeOffset(wallClock, London.GetUtcOffset(wallClock)).ToUniversalTime();
    }

    private static TimeZoneInfo FindLondon()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            // A container without tzdata: UTC differs from London by an hour at most, in summer.
            return TimeZoneInfo.Utc;
        }
    }
}
