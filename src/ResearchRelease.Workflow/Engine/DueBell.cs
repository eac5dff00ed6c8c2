namespace ResearchRelease.Workflow.Engine;

/// <summary>
/// Tells this node's <see cref="DuePoller"/> that the store has changed in a way it must look at: an instance became
/// due (or will be, at a time sooner than the poller may know), or a signal was stored. Rung by the store after
/// each such write commits, and by the PostgreSQL listener for writes made on other nodes; a ring that comes while
/// the poller is busy is kept until it next waits, so none is lost.
/// Never disposed: the semaphore holds nothing to release (its wait handle is never asked for), and a host torn down
/// before it is stopped (as the test host does) would otherwise fail the poller still waiting on it.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "Never disposed: see the summary.")]
internal sealed class DueBell
{
    private readonly SemaphoreSlim _rung = new(0, 1);
    private long _earliest = long.MaxValue;
    private int _eventStored;

    /// <summary>An instance is due at <paramref name="dueTicks"/> (UTC ticks on the engine's clock; 0 for now).</summary>
    public void Due(long dueTicks)
    {
        var seen = Volatile.Read(ref _earliest);
        while (dueTicks < seen)
        {
            var was = Interlocked.CompareExchange(ref _earliest, dueTicks, seen);
            if (was == seen)
            {
                break;
            }

            seen = was;
        }

        Ring();
    }

    /// <summary>A WorkflowCore event (a signal) was stored: instances that still wait on a subscription may take it.</summary>
    public void EventStored()
    {
        Interlocked.Exchange(ref _eventStored, 1);
        Ring();
    }

    /// <summary>The earliest due time rung since the last take (long.MaxValue: none), and whether an event was stored.</summary>
    public (long EarliestDue, bool EventStored) Take() =>
        (Interlocked.Exchange(ref _earliest, long.MaxValue), Interlocked.Exchange(ref _eventStored, 0) == 1);

    /// <summary>Waits until rung or the time is up; true if rung.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _rung.WaitAsync(timeout, cancellationToken);

    private void Ring()
    {
        try
        {
            if (_rung.CurrentCount == 0)
            {
                _rung.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Rung twice at once: one ring is enough, the values are already recorded.
        }
    }
}
