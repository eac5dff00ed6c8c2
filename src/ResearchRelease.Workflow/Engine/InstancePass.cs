using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ResearchRelease.Workflow.Persistence;
using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace ResearchRelease.Workflow.Engine;

/// <summary>
/// One pass of one instance: under its engine lock, load, execute until it waits, save; then tell this node's
/// <see cref="WorkQueue"/> when it is due again. The runners (<see cref="StepRunner"/>) take their instances from the
/// queue; <see cref="ImmediatePass"/> runs one in the caller that started or signalled it. Either way the instance
/// counts as running in the queue for the length of the pass, so nobody else on the node runs it meanwhile.
/// </summary>
internal sealed class InstancePass(
    WorkQueue queue,
    EfPersistenceProvider store,
    IDistributedLockProvider locks,
    IQueueProvider queues,
    IServiceProvider services,
    IDateTimeProvider clock,
    ReleaseProcessOptions options,
    Journal.ProcessJournal journal,
    ILogger<InstancePass> logger
)
{
    /// <summary>A pass that failed in the database (an outage) is tried again after this long, on this node.</summary>
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan SaveOnStopLimit = TimeSpan.FromSeconds(10);

    /// <summary>Executions of one instance in one pass at most (a node is two or three: the container, the node, the next).</summary>
    private const int MaxRoundsPerPass = 32;

    private IWorkflowExecutor? _executor;

    /// <summary>
    /// WorkflowCore's executor; the runners resolve it when they start (<see cref="StepRunner.Start"/>), as a host stopped
    /// straight after it started may dispose the container before a worker thread has begun.
    /// </summary>
    public IWorkflowExecutor Executor => _executor ??= services.GetRequiredService<IWorkflowExecutor>();

    /// <summary>
    /// Runs the instance, which the caller has taken from the queue, and hands it back to the queue with when it is due
    /// again. Never throws but for the caller's cancellation: a failed pass is logged and tried again shortly.
    /// </summary>
    public async Task RunAndFinishAsync(string id, CancellationToken cancellationToken)
    {
        TimeSpan? again = null;
        try
        {
            again = await RunAsync(id, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            again = null;
        }
        catch (Exception ex) when (ex is LockLostException or Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            // Another run saved the instance after this one loaded it (a lost lock): that save stands.
            logger.LogWarning(ex, "Workflow {WorkflowId}: this run's result was dropped; it is run again from the store.", id);
            again = RetryAfterFailure;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Workflow {WorkflowId} failed to run; it is tried again shortly.", id);
            again = RetryAfterFailure;
        }
        finally
        {
            queue.Finish(id, again);
        }
    }

    /// <returns>How long until the instance is due again, when that is within the poll interval; otherwise null.</returns>
    private async Task<TimeSpan?> RunAsync(string id, CancellationToken cancellationToken)
    {
        if (!await locks.AcquireLock(id, cancellationToken))
        {
            // Another pass holds it (an operator, a signal's wake-up, or another node): that pass saves the instance,
            // which hands back any claim, and whoever holds the lock queues it again if it is due.
            logger.LogDebug("Workflow {WorkflowId} is locked elsewhere; not run here now.", id);
            return null;
        }

        WorkflowInstance? workflow = null;
        var result = new WorkflowExecutorResult();
        try
        {
            workflow = await store.GetWorkflowInstance(id, cancellationToken);
            if (workflow is null || workflow.Status != WorkflowStatus.Runnable)
            {
                store.Forget(id);
                return null;
            }

            if (!DueNow(workflow))
            {
                // Queued twice while one pass carried it to its wait (the poller saw it due before that pass saved): an
                // execution now would change nothing, so nothing is saved. A wake-up since makes it due at the load.
                store.Forget(id);
                return DueAgain(workflow);
            }

            var saved = false;
            journal.BeginPass(id);
            try
            {
                await ExecuteUntilItWaitsAsync(Executor, workflow, result, cancellationToken);
            }
            finally
            {
                var entries = journal.EndPass(id);
                // Saved even when the host is stopping: what the pass did before the stop (a node left, a step's
                // cancellation recorded as its failure, to be retried) must reach the store, not be done again. Bounded,
                // so that a stop during a database outage still ends; the next node then runs the pass again.
                using var saving = new CancellationTokenSource(SaveOnStopLimit);
                saved = await SaveIfStillLockedAsync(workflow, result, entries, saving.Token);
            }

            if (!saved)
            {
                throw new LockLostException(id);
            }
        }
        finally
        {
            await locks.ReleaseLock(id);
        }

        foreach (var subscription in result.Subscriptions.Where(s => s.EventName != Event.EventTypeActivity))
        {
            await ReplayStoredEventsAsync(subscription, cancellationToken);
        }

        await store.PersistErrors(result.Errors, cancellationToken);
        return DueAgain(workflow!);
    }

    /// <summary>
    /// The first pass of an instance that is not yet stored (held by <see cref="EfPersistenceProvider.HoldCreated"/>), run in
    /// the caller before the transaction it will be written in opens: the same executions a runner's pass makes, with the
    /// journal kept for that write. No lock is taken, as nobody can see the instance before it is written.
    /// </summary>
    public async Task<HeldPass> RunHeldAsync(WorkflowInstance workflow, CancellationToken cancellationToken)
    {
        var result = new WorkflowExecutorResult();
        IReadOnlyList<Persistence.Entities.StoredJournalEntry> entries;
        journal.BeginPass(workflow.Id);
        try
        {
            await ExecuteUntilItWaitsAsync(Executor, workflow, result, cancellationToken);
        }
        finally
        {
            entries = journal.EndPass(workflow.Id);
        }

        // The interpreter's waits read stored signals and subscribe to nothing (ADR 0012), so a new instance of the
        // latest definition leaves no event subscription to replay.
        return new HeldPass(entries, result.Errors, DueNow(workflow));
    }

    /// <summary>
    /// Executes the instance again and again in memory while it stays due now, so that one pass carries it from its
    /// wake-up to its next wait: the <c>While</c> container and each node it reaches (screen, route, wait) would
    /// otherwise each cost a pass of their own, with a lock, a load and a save. WorkflowCore's executor takes the
    /// instance as it left it, exactly as it would after a save and a reload.
    /// </summary>
    /// <remarks>
    /// A crash before the save runs the whole pass again from the store. That was already so for one step, and
    /// activities are idempotent per round (ADR 0011), so a longer pass adds nothing that could be done twice. The
    /// bound stops a definition that loops without waiting from holding its lock for ever; the rest runs next pass.
    /// </remarks>
    private async Task ExecuteUntilItWaitsAsync(
        IWorkflowExecutor executor,
        WorkflowInstance workflow,
        WorkflowExecutorResult result,
        CancellationToken cancellationToken
    )
    {
        var round = 0;
        do
        {
            var executed = await executor.Execute(workflow, cancellationToken);
            result.Subscriptions.AddRange(executed.Subscriptions);
            result.Errors.AddRange(executed.Errors);
        } while (++round < MaxRoundsPerPass && DueNow(workflow) && !cancellationToken.IsCancellationRequested);
    }

    private bool DueNow(WorkflowInstance workflow) =>
        workflow.Status == WorkflowStatus.Runnable && workflow.NextExecution is { } next && next <= clock.UtcNow.Ticks;

    /// <summary>
    /// Saves the run with its journal entries unless its instance lock was lost meanwhile (the lock connection failed, so
    /// another node may be running the instance now): then what this run did is dropped, entries and all. Its activities are idempotent per round (ADR
    /// 0011), so running it again from the store is safe.
    /// </summary>
    private async Task<bool> SaveIfStillLockedAsync(
        WorkflowInstance workflow,
        WorkflowExecutorResult result,
        IReadOnlyList<Persistence.Entities.StoredJournalEntry> journalled,
        CancellationToken cancellationToken
    )
    {
        if (locks is Nodes.PostgresAdvisoryLockProvider advisory && !advisory.StillHeld(workflow.Id))
        {
            store.Forget(workflow.Id);
            return false;
        }

        await store.PersistWorkflow(workflow, result.Subscriptions, options.PollInterval, cancellationToken, journalled);
        return true;
    }

    /// <summary>
    /// As WorkflowCore does for a new event subscription: events stored before it subscribed are marked unprocessed
    /// and queued for its event consumer. The interpreter's own waits read stored signals instead (ADR 0012).
    /// </summary>
    private async Task ReplayStoredEventsAsync(EventSubscription subscription, CancellationToken cancellationToken)
    {
        var events = await store.GetEvents(subscription.EventName, subscription.EventKey, subscription.SubscribeAsOf, cancellationToken);
        foreach (var eventId in events)
        {
            if (!await locks.AcquireLock($"evt:{eventId}", cancellationToken))
            {
                continue; // Being consumed now; the event poll finds it again if it is left unprocessed.
            }

            try
            {
                await store.MarkEventUnprocessed(eventId, cancellationToken);
            }
            finally
            {
                await locks.ReleaseLock($"evt:{eventId}");
            }

            await queues.QueueWork(eventId, QueueType.Event);
        }
    }

    private TimeSpan? DueAgain(WorkflowInstance workflow)
    {
        if (workflow.Status != WorkflowStatus.Runnable || workflow.NextExecution is not { } next)
        {
            return null;
        }

        var wait = TimeSpan.FromTicks(Math.Max(0, next - clock.UtcNow.Ticks));
        return wait < options.PollInterval ? wait : null;
    }
}

/// <summary>What a held instance's first pass leaves to be written with it; <c>DueStill</c>: it did not reach a wait.</summary>
internal sealed record HeldPass(
    IReadOnlyList<Persistence.Entities.StoredJournalEntry> Journal,
    IReadOnlyList<ExecutionError> Errors,
    bool DueStill
);

/// <summary>A run's instance lock was lost before it saved; the run's result is dropped.</summary>
internal sealed class LockLostException(string workflowId)
    : Exception($"The engine lock on workflow {workflowId} was lost during its run.");
