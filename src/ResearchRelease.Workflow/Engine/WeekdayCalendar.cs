namespace ResearchRelease.Workflow.Engine;

/// <summary>Monday to Friday, no holidays: the engine's calendar when the app supplies none.</summary>
internal sealed class WeekdayCalendar : IWorkingCalendar
{
    public DateTimeOffset AddWorkingDays(DateTimeOffset from, int days) => WorkingDays.Add(from, days, IsWorkingDay);

    private static bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
