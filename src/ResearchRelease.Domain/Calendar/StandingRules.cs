namespace ResearchRelease.Domain.Calendar;

/// <summary>
/// England and Wales bank holidays by the standing rules: New Year's Day, Good Friday, Easter Monday,
/// the first and last Mondays of May, the last Monday of August, Christmas Day and Boxing Day, with
/// substitute weekdays for those falling at a weekend. One-off holidays are only in the published list.
/// </summary>
public static class StandingRules
{
    public static IReadOnlyList<BankHoliday> For(int year)
    {
        var easter = EasterSunday(year);
        var holidays = new List<BankHoliday>
        {
            Substitute(new DateOnly(year, 1, 1), "New Year's Day"),
            new(easter.AddDays(-2), "Good Friday"),
            new(easter.AddDays(1), "Easter Monday"),
            new(FirstMonday(year, 5), "Early May bank holiday"),
            new(LastMonday(year, 5), "Spring bank holiday"),
            new(LastMonday(year, 8), "Summer bank holiday"),
        };

        // Christmas and Boxing Day: a weekend one moves to the next weekday not already taken.
        var christmas = new DateOnly(year, 12, 25);
        var boxing = new DateOnly(year, 12, 26);
        var christmasObserved = NextWeekday(christmas);
        var boxingObserved = NextWeekday(boxing);
        if (boxingObserved <= christmasObserved)
        {
            boxingObserved = NextWeekday(christmasObserved.AddDays(1));
        }

        holidays.Add(new(christmasObserved, christmasObserved == christmas ? "Christmas Day" : "Christmas Day (substitute day)"));
        holidays.Add(new(boxingObserved, boxingObserved == boxing ? "Boxing Day" : "Boxing Day (substitute day)"));
        return holidays;
    }

    /// <summary>The Gregorian Easter Sunday (the anonymous Gregorian algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static BankHoliday Substitute(DateOnly date, string title)
    {
        var observed = NextWeekday(date);
        return new BankHoliday(observed, observed == date ? title : $"{title} (substitute day)");
    }

    private static DateOnly NextWeekday(DateOnly date)
    {
        while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private static DateOnly FirstMonday(int year, int month)
    {
        var date = new DateOnly(year, month, 1);
        while (date.DayOfWeek != DayOfWeek.Monday)
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var date = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (date.DayOfWeek != DayOfWeek.Monday)
        {
            date = date.AddDays(-1);
        }

        return date;
    }
}
