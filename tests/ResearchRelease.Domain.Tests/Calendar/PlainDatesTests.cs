using ResearchRelease.Domain.Calendar;

namespace ResearchRelease.Domain.Tests.Calendar;

public sealed class PlainDatesTests
{
    [Theory]
    [InlineData("2029-03-31", "31 March 2029")]
    [InlineData("", "Not provided")]
    [InlineData("next spring", "next spring")]
    public void Stored_dates_are_written_in_govuk_style(string stored, string shown) => Assert.Equal(shown, PlainDates.Day(stored));

    [Theory]
    [InlineData(15, 45, "6 December 2026 at 3:45pm")]
    [InlineData(0, 5, "6 December 2026 at 12:05am")]
    [InlineData(12, 0, "6 December 2026 at 12:00pm")]
    public void Winter_times_are_gmt_in_govuk_style(int hour, int minute, string shown) =>
        Assert.Equal(shown, PlainDates.Moment(new DateTime(2026, 12, 6, hour, minute, 0, DateTimeKind.Utc)));

    [Fact]
    public void Summer_times_are_british_summer_time_and_can_move_the_day()
    {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London.
        var at = new DateTime(2026, 6, 30, 23, 30, 0, DateTimeKind.Utc);
        Assert.Equal("1 July 2026 at 12:30am", PlainDates.Moment(at));
        Assert.Equal("1 July 2026", PlainDates.Day(at));
        Assert.Equal("1 July 2026 at 12:30am BST", PlainDates.MomentWithZone(new DateTimeOffset(at)));
        Assert.Equal("6 December 2026 at 9:05am GMT", PlainDates.MomentWithZone(new DateTimeOffset(2026, 12, 6, 9, 5, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Seconds_are_shown_only_when_asked_for() =>
        Assert.Equal(
            "6 December 2026 at 3:45:36pm",
            PlainDates.Moment(new DateTime(2026, 12, 6, 15, 45, 36, DateTimeKind.Utc), seconds: true)
        );

    [Fact]
    public void Ranges_name_the_year_once_unless_it_changes()
    {
        Assert.Equal("1 July to 30 September 2026", PlainDates.Range(new(2026, 7, 1), new(2026, 9, 30)));
        Assert.Equal("1 December 2026 to 31 January 2027", PlainDates.Range(new(2026, 12, 1), new(2027, 1, 31)));
    }
}
