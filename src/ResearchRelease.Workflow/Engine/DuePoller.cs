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
/// Replaces WorkflowCore's poller, which turned every due instance into a scheduled command on every poll and pushed
/// each into the queue again, whether or not it was already queued or running. A waiting instance is not due until
/// its earliest timer (or a signal wakes it), so the claim reads only the head of the (status, next_execution) index.
/// </remarks>
internal sealed class DuePoller(
    WorkQueue queue,
    EfPersistenceProvider store,
    IQueueProvider queues,
    IDateTimeProvider clock,
    ReleaseProcessOptions options,
    ILogger<DuePoller> logger) : IBackgroundTask, IDisposable
{
    private CancellationTokenSource? _stopping;
    private Task _loop = Task.CompletedTask;

    /// <summary>How many instances this node keeps queued at most: enough that no runner waits for the next poll.</summary>
    private int QueueDepth => Math.Max(1, options.StepConcurrency) * 4;

    public void Start()
    {
        _stopping = new CancellationTokenSource();
        var token = _stopping.Token;
        _loop = Task.Run(() => PollAsync(token), CancellationToken.None);
    }

    public void Stop()
    {
        if (_stopping is null)
        {
            return;
        }

        _stopping.Cancel();
        _loop.Wait(TimeSpan.FromSeconds(10));
        _stopping.Dispose();
        _stopping = null;
    }

    private async Task PollAsync(CancellationToken stopping)
    {
        var lastEventPoll = DateTime.MinValue;
        var handedBack = false;
        while (!stopping.IsCancellationRequested)
        {
            var full = false;
            try
            {
                if (!handedBack && !ReleaseProcessServiceCollectionExtensions.UsesDatabaseLocks(options))
                {
                    // One node runs steps here, so any claim in the store is a previous run's, cut short by a crash.
                    await store.ReleaseAllClaimsAsync(stopping);
                }

                handedBack = true;
                full = await ClaimDueAsync(stopping);
                if (DateTime.UtcNow - lastEventPoll >= options.PollInterval)
                {
                    lastEventPoll = DateTime.UtcNow;
                    await QueueUnprocessedEventsAsync(stopping);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be unreachable for a while; the next poll tries again.
                logger.LogWarning(ex, "Polling the workflow store failed; trying again.");
            }

            try
            {
                // A full batch means more may be due: claim again as soon as a runner has taken one.
                if (full)
                {
                    await queue.WaitForRoomAsync(options.PollInterval, stopping);
                }
                else
                {
                    await Task.Delay(options.PollInterval, stopping);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <returns>Whether the claim filled all the room there was (so more may be due).</returns>
    private async Task<bool> ClaimDueAsync(CancellationToken stopping)
    {
        var room = QueueDepth - queue.PendingCount;
        if (room <= 0)
        {
            return true;
        }

        var claimed = await store.ClaimDueAsync(clock.UtcNow, room, options.ClaimDuration, stopping);
        foreach (var id in claimed)
        {
            queue.Enqueue(id);
        }

        return claimed.Count == room;
    }

    /// <summary>Events some WorkflowCore subscription waits for (instances from before ADR 0012), for its event consumer.</summary>
    private async Task QueueUnprocessedEventsAsync(CancellationToken stopping)
    {
        foreach (var id in await store.GetRunnableEvents(clock.Now, stopping))
        {
            await queues.QueueWork(id, QueueType.Event);
        }
    }

    public void Dispose() => _stopping?.Dispose();
}
