using ResearchRelease.Web.Notifications;

namespace ResearchRelease.Web.Tests.Notifications;

public sealed class NotificationDoorbellTests
{
    [Fact]
    public async Task Rings_before_the_dispatcher_answers_wake_it_once_and_a_later_ring_wakes_it_again()
    {
        using var bell = new NotificationDoorbell();
        for (var i = 0; i < 100; i++)
            bell.Ring();

        Assert.True(await bell.WaitAsync(TimeSpan.Zero, CancellationToken.None));
        Assert.False(await bell.WaitAsync(TimeSpan.Zero, CancellationToken.None));

        bell.Ring();
        Assert.True(await bell.WaitAsync(TimeSpan.Zero, CancellationToken.None));
    }
}
