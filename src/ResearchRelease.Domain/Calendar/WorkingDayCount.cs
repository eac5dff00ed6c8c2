namespace ResearchRelease.Domain.Calendar;

/// <summary>
/// How many working days lie after one date up to and including another: a decision made on the Monday after a Friday
/// submission took one.
/// </summary>
public static class WorkingDayCount
{
    public static int Between(DateOnly from, DateOnly to, Func<DateOnly, bool> isWorkingDay)
    {
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            if (isWorkingDay(d))
                count++;
        return count;
    }
}
