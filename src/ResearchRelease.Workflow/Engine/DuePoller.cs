using Microsoft.Extensions.Logging;
using ResearchRelease.Workflow.Persistence;
using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace ResearchRelease.Workflow.Engine;

/// <summary>
/// Finds the work this node should do in the database: instances whose next execution is due and that no node has
/// claimed, as many as this node's queue has room for. Each is claimed for a short time as it is queued, so no node
/// queues it again until it has run (its save hands the claim back) or the claim lapses (the node died).
/// </summary>
/// <remarks>
/// Between claims it sends nothing to the database (ADR 0021). After claiming it reads when the next instance is
/// due, then sleeps until that time, until its <see cref="DueBell"/> rings (a write on this node, or a PostgreSQL
/// notification from another, made something due sooner), or until its sweep. While asleep it compares its clock
/// with the due time every <see cref="ReleaseProcessOptions.PollInterval"/>, which costs no statement and follows
/// a clock that jumps (a test's, or a corrected system clock) where a timer set for the due time would not.
/// </remarks>
internal sealed class DuePoller(
    WorkQueue queue,
    EfPersistenceProvider store,
    DueBell bell,
    IQueueProvider queues,
    IDateTimeProvider clock,
    IEngineStartGate gate,
    ReleaseProcessOptions options,
    ILogger<DuePoller> logger
) : BackgroundLoop
{
    /// <summary>How many instances this node keeps queued at most: enough that no runner waits for the next poll.</summary>
    private int QueueDepth => Math.Max(1, options.StepConcurrency) * 4;

    protected override async Task RunAsync(CancellationToken stopping)
    {
        var handedBack = false;
        var nextSweep = DateTime.MinValue;
        try
        {
            await gate.WaitAsync(stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return;
        }

        while (!stopping.IsCancellationRequested)
        {
            Next? next;
            try
            {
                // Taken before reading the store: whatever rings from here on is kept for the wait below.
                var (_, eventStored) = bell.Take();
                var sweep = DateTime.UtcNow >= nextSweep;
                if (!handedBack && !ReleaseProcessServiceCollectionExtensions.UsesDatabaseLocks(options))
                {
                    // One node runs steps here, so any claim in the store is a previous run's, cut short by a crash.
                    await store.ReleaseAllClaimsAsync(stopping);
                }

                handedBack = true;
                if (sweep)
                {
                    nextSweep = DateTime.UtcNow + options.SweepInterval;
                    await store.RefreshSubscriptionsMayExistAsync(stopping);
                }

                if (store.SubscriptionsMayExist && (sweep || eventStored))
                {
                    await QueueUnprocessedEventsAsync(stopping);
                }

                next = await ClaimDueAsync(stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be unreachable for a while: try again after the poll interval.
                logger.LogWarning(ex, "Polling the workflow store failed; trying again.");
                next = null;
            }

            try
            {
                if (next is null)
                {
                    await Task.Delay(options.PollInterval, stopping);
                }
                else if (next.Full)
                {
                    // A full batch means more may be due: claim again as soon as a runner has taken one.
                    await queue.WaitForRoomAsync(options.PollInterval, stopping);
                }
                else
                {
                    await SleepAsync(next, nextSweep, stopping);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Sleeps until something is due, a claim lapses, the sweep is due, or the bell rings for an event.</summary>
    private async Task SleepAsync(Next next, DateTime nextSweep, CancellationToken stopping)
    {
        var due = next.DueTicks ?? long.MaxValue;
        while (true)
        {
            var (rung, eventStored) = bell.Take();
            due = Math.Min(due, rung);
            if (eventStored && store.SubscriptionsMayExist)
            {
                bell.EventStored(); // Kept for the poll, which takes it again.
                return;
            }

            if (
                clock.UtcNow.Ticks >= due
                || DateTime.UtcNow >= nextSweep
                || next.ClaimLapsesTicks is { } lapses && DateTime.UtcNow.Ticks >= lapses
            )
            {
                return;
            }

            await bell.WaitAsync(options.PollInterval, stopping);
        }
    }

    /// <summary>Claims what is due and, if the claim did not fill the queue, reads when the next instance is due.</summary>
    private async Task<Next> ClaimDueAsync(CancellationToken stopping)
    {
        var room = QueueDepth - queue.PendingCount;
        if (room <= 0)
        {
            return new Next(Full: true, null, null);
        }

        var now = clock.UtcNow;
        var claimed = await store.ClaimDueAsync(now, room, options.ClaimDuration, stopping);
        foreach (var id in claimed)
        {
            queue.Enqueue(id);
        }

        if (claimed.Count == room)
        {
            return new Next(Full: true, null, null);
        }

        var (due, lapses) = await store.NextDueAsync(now, stopping);
        return new Next(Full: false, due, lapses);
    }

    /// <summary>Events some WorkflowCore subscription waits for (instances from before ADR 0012), for its event consumer.</summary>
    private async Task QueueUnprocessedEventsAsync(CancellationToken stopping)
    {
        foreach (var id in await store.GetRunnableEvents(clock.Now, stopping))
        {
            await queues.QueueWork(id, QueueType.Event);
        }
    }

    /// <param name="Full">The claim took all the room there was, so more may be due.</param>
    /// <param name="DueTicks">The earliest due time of an unclaimed instance (engine clock), if any.</param>
    /// <param name="ClaimLapsesTicks">The earliest real time a live claim on a due instance lapses, if any.</param>
    private sealed record Next(bool Full, long? DueTicks, long? ClaimLapsesTicks);
}
