using ResearchRelease.Workflow.Persistence;

namespace ResearchRelease.Workflow.Tests.Persistence;

public sealed class UtcTicksTests
{
    [Fact]
    public void Local_times_from_the_poller_are_converted_to_utc()
    {
        var local = new DateTime(2026, 7, 1, 12, 0, 0, DateTimeKind.Local);

        Assert.Equal(local.ToUniversalTime().Ticks, UtcTicks.From(local));
    }

    [Fact]
    public void Utc_and_unspecified_times_are_taken_as_utc()
    {
        var utc = new DateTime(2026, 7, 1, 12, 0, 0, DateTimeKind.Utc);

        Assert.Equal(utc.Ticks, UtcTicks.From(utc));
        Assert.Equal(0, UtcTicks.From(DateTime.MinValue));
        Assert.Equal(DateTimeKind.Utc, UtcTicks.ToUtc(utc.Ticks).Kind);
    }
}
