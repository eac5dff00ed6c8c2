using Microsoft.Extensions.Time.Testing;
using ResearchRelease.Workflow.Engine;

namespace ResearchRelease.Workflow.Tests.Engine;

/// <summary>A node's queue holds each instance once, whatever asks for it and however often.</summary>
public sealed class WorkQueueTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new();
    private readonly WorkQueue _queue;

    public WorkQueueTests() => _queue = new WorkQueue(_clock);

    [Fact]
    public async Task An_instance_asked_for_many_times_is_queued_once()
    {
        Assert.True(_queue.Enqueue("a"));
        Assert.False(_queue.Enqueue("a"));
        Assert.False(_queue.Enqueue("a"));
        Assert.True(_queue.Enqueue("b"));

        Assert.Equal(2, _queue.PendingCount);
        Assert.Equal("a", await _queue.TakeAsync(default));
        Assert.Equal("b", await _queue.TakeAsync(default));
        Assert.Equal(0, _queue.PendingCount);
    }

    [Fact]
    public async Task Asked_for_while_running_it_runs_once_more_after_the_run()
    {
        _queue.Enqueue("a");
        await _queue.TakeAsync(default);
        Assert.False(_queue.Enqueue("a"));
        Assert.False(_queue.Enqueue("a"));
        Assert.Equal(0, _queue.PendingCount);
        Assert.Equal(1, _queue.RunningCount);

        _queue.Finish("a", null);
        Assert.Equal(1, _queue.PendingCount);
        Assert.Equal("a", await _queue.TakeAsync(default));
        _queue.Finish("a", null);
        Assert.Equal(0, _queue.PendingCount);
        Assert.Equal(0, _queue.RunningCount);
    }

    [Fact]
    public async Task A_finished_instance_can_be_queued_again()
    {
        _queue.Enqueue("a");
        await _queue.TakeAsync(default);
        _queue.Finish("a", null);

        Assert.True(_queue.Enqueue("a"));
        Assert.Equal(["a"], _queue.PendingIds());
    }

    [Fact]
    public async Task Due_again_now_it_goes_straight_back_in()
    {
        _queue.Enqueue("a");
        await _queue.TakeAsync(default);
        _queue.Finish("a", TimeSpan.Zero);

        Assert.Equal(1, _queue.PendingCount);
    }

    [Fact]
    public async Task Due_again_shortly_it_is_held_until_then_and_queued_once()
    {
        _queue.Enqueue("a");
        await _queue.TakeAsync(default);
        _queue.Finish("a", TimeSpan.FromMilliseconds(500));
        Assert.Equal(0, _queue.PendingCount);
        Assert.Equal(["a"], _queue.PendingIds());

        _clock.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Equal(1, _queue.PendingCount);
        Assert.False(_queue.Enqueue("a"));
    }

    [Fact]
    public async Task Asked_for_before_its_time_it_is_queued_at_once_and_not_again_when_the_time_comes()
    {
        _queue.Enqueue("a");
        await _queue.TakeAsync(default);
        _queue.Finish("a", TimeSpan.FromSeconds(1));

        Assert.True(_queue.Enqueue("a"));
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, _queue.PendingCount);
        Assert.Equal("a", await _queue.TakeAsync(default));
        Assert.Equal(0, _queue.PendingCount);
    }

    [Fact]
    public async Task A_runner_taking_work_makes_room_for_the_poller()
    {
        _queue.Enqueue("a");
        Assert.False(await _queue.WaitForRoomAsync(TimeSpan.Zero, default));
        await _queue.TakeAsync(default);
        Assert.True(await _queue.WaitForRoomAsync(TimeSpan.Zero, default));
    }

    public void Dispose() => _queue.Dispose();
}
