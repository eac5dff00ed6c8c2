using ResearchRelease.Domain.Calendar;

namespace ResearchRelease.Domain.Tests.Calendar;

public sealed class WorkingDayCountTests
{
    [Theory]
    // Friday 22 December 2028 to Wednesday 27 December: the weekend, Christmas Day and Boxing Day do not count.
    [InlineData("2028-12-22", "2028-12-27", 1)]
    [InlineData("2026-12-07", "2026-12-07", 0)]
    [InlineData("2026-12-04", "2026-12-11", 5)]
    public void Weekends_and_bank_holidays_are_left_out(string from, string to, int expected) =>
        Assert.Equal(
            expected,
            WorkingDayCount.Between(
                DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
                DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
                BankHolidays.EnglandAndWales.IsWorkingDay
            )
        );
}
