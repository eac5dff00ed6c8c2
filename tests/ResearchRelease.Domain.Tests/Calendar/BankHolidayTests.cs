using ResearchRelease.Domain.Calendar;

namespace ResearchRelease.Domain.Tests.Calendar;

public sealed class BankHolidayTests
{
    private static readonly BankHolidays Holidays = BankHolidays.EnglandAndWales;

    [Fact]
    public void The_listed_years_are_those_the_standing_rules_give()
    {
        var (first, last) = Holidays.ListedYears;
        Assert.True(last >= 2030, "the file should reach at least 2030");
        for (var year = first; year <= last; year++)
        {
            foreach (var holiday in StandingRules.For(year))
            {
                Assert.Equal(holiday.Title, Holidays.On(holiday.Date));
            }

            var listed = Enumerable
                .Range(0, new DateOnly(year, 12, 31).DayOfYear)
                .Select(d => new DateOnly(year, 1, 1).AddDays(d))
                .Count(d => Holidays.On(d) is not null);
            Assert.Equal(8, listed);
        }
    }

    [Theory]
    [InlineData("2027-03-26", false)] // Good Friday
    [InlineData("2027-03-29", false)] // Easter Monday
    [InlineData("2027-03-30", true)]
    [InlineData("2027-12-27", false)] // Christmas Day falls on a Saturday: substitute Monday
    [InlineData("2027-12-28", false)] // Boxing Day on the Sunday: substitute Tuesday
    [InlineData("2027-12-29", true)]
    [InlineData("2028-01-03", false)] // New Year's Day on a Saturday
    [InlineData("2027-03-27", false)] // a Saturday
    [InlineData("2035-12-25", false)] // beyond the file: the standing rules
    [InlineData("2035-03-23", false)] // Good Friday 2035 (Easter Sunday 25 March)
    [InlineData("2035-03-22", true)]
    public void Working_days_skip_weekends_and_bank_holidays(string date, bool working) =>
        Assert.Equal(working, Holidays.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2285, "2285-03-22")]
    public void Easter_sunday_follows_the_gregorian_computus(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), StandingRules.EasterSunday(year));

    [Fact]
    public void A_file_without_events_is_refused() =>
        Assert.Throws<FormatException>(() => BankHolidays.Parse("""{"division":"england-and-wales","events":[]}"""));
}
