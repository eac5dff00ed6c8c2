namespace ResearchRelease.Workflow;

/// <summary>Counting working days, for <see cref="IWorkingCalendar"/> implementations.</summary>
public static class WorkingDays
{
    /// <summary>
    /// Steps <paramref name="days"/> working days from <paramref name="from"/>'s date (backwards when
    /// negative), keeping its time of day and offset. Zero days from a non-working day is the next working day.
    /// </summary>
    public static DateTimeOffset Add(DateTimeOffset from, int days, Func<DateOnly, bool> isWorkingDay)
    {
        ArgumentNullException.ThrowIfNull(isWorkingDay);
        var step = days < 0 ? -1 : 1;
        var date = DateOnly.FromDateTime(from.DateTime);
        var guard = 0;
        while (!isWorkingDay(date))
        {
            date = date.AddDays(step);
            Guard(ref guard);
        }

        for (var left = Math.Abs(days); left > 0; left--)
        {
            do
            {
                date = date.AddDays(step);
                Guard(ref guard);
            } while (!isWorkingDay(date));
        }

        return new DateTimeOffset(date.ToDateTime(TimeOnly.FromDateTime(from.DateTime)), from.Offset);
    }

    // A calendar with no working days at all would otherwise loop for ever.
    private static void Guard(ref int steps)
    {
        if (++steps > 100_000)
        {
            throw new InvalidOperationException("The working calendar has no working day within 100,000 days.");
        }
    }
}
