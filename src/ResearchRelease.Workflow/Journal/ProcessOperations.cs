using Microsoft.EntityFrameworkCore;
using ResearchRelease.Workflow.Engine;
using ResearchRelease.Workflow.Persistence;
using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace ResearchRelease.Workflow.Journal;

/// <summary>
/// What an operator sees and does: instances in trouble, and suspend / resume / retry, each recorded in the journal
/// with who did it. Resume runs the failing activity once more (its attempts stay used up, so one more failure
/// suspends it again); retry also resets the attempt count, so it gets the full <see cref="ReleaseProcessOptions.MaxActivityAttempts"/>.
/// </summary>
internal sealed class ProcessOperations(
    WorkflowStoreContextFactory contexts,
    EfPersistenceProvider store,
    IWorkflowController controller,
    ProcessJournal journal,
    TimeProvider clock
)
{
    private const int Limit = 200;
    private const int LockAttempts = 40;
    private static readonly TimeSpan LockRetryDelay = TimeSpan.FromMilliseconds(250);
    private static readonly string Suspended = nameof(WorkflowStatus.Suspended);
    private static readonly string Runnable = nameof(WorkflowStatus.Runnable);
    private static readonly string WaitingForEvent = nameof(PointerStatus.WaitingForEvent);
    private static readonly string Sleeping = nameof(PointerStatus.Sleeping);

    public async Task<IReadOnlyList<TroubledInstance>> FindTroubledAsync(TimeSpan waitingLongerThan, CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcTicks - waitingLongerThan.Ticks;
        await using var db = contexts.CreateDbContext();
        var retrying = db.ExecutionPointers.Where(p => p.Active && p.RetryCount > 0).Select(p => p.WorkflowId);

        // A wait sleeps between looks at its signals and timers (ADR 0012); one from before that waits for its event,
        // inactive until the event arrives.
        var waitingLong = db
            .ExecutionPointers.Where(p =>
                (p.Status == Sleeping || (p.Status == WaitingForEvent && !p.EventPublished))
                && p.EndTimeUtcTicks == null
                && p.StartTimeUtcTicks < cutoff
            )
            .Select(p => p.WorkflowId);
        var rows = await db
            .Workflows.AsNoTracking()
            .Include(w => w.ExecutionPointers)
            .Where(w => w.Status == Suspended || (w.Status == Runnable && (retrying.Contains(w.Id) || waitingLong.Contains(w.Id))))
            .OrderBy(w => w.CreateTimeUtcTicks)
            .Take(Limit)
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => (string?)r.Id).ToList();
        var errors = (await db.ExecutionErrors.AsNoTracking().Where(e => ids.Contains(e.WorkflowId)).ToListAsync(cancellationToken))
            .GroupBy(e => e.WorkflowId!)
            .ToDictionary(g => g.Key, g => (Count: g.Count(), Last: g.MaxBy(e => e.Id)!));

        return rows.Select(row =>
            {
                var instance = WorkflowMapper.ToInstance(row);
                var data = instance.Data as ProcessData ?? new ProcessData();
                var wait = Waiting.Since(instance) is { } since ? UtcTicks.From(since) : (long?)null;
                var error = errors.GetValueOrDefault(row.Id);
                return new TroubledInstance(
                    Guid.TryParse(row.Reference, out var application) ? application : data.ApplicationId,
                    row.WorkflowDefinitionId,
                    row.Version,
                    row.Status == Suspended ? ProcessStatus.Suspended
                        : wait is null ? ProcessStatus.Running
                        : ProcessStatus.Waiting,
                    data.CurrentNode,
                    data.Round,
                    row.ExecutionPointers.Any(p => p.Active && p.RetryCount > 0),
                    UtcTicks.ToUtc(wait),
                    error.Count,
                    error.Last?.Message,
                    error.Last is null ? null : UtcTicks.ToUtc(error.Last.ErrorTimeUtcTicks)
                );
            })
            .ToList();
    }

    public Task<OperatorActionResult> SuspendAsync(Guid applicationId, string actor, string? reason, CancellationToken cancellationToken) =>
        ActAsync(
            applicationId,
            actor,
            reason,
            WorkflowStatus.Runnable,
            JournalKinds.OperatorSuspended,
            (id, _) => controller.SuspendWorkflow(id),
            cancellationToken
        );

    public Task<OperatorActionResult> ResumeAsync(Guid applicationId, string actor, string? reason, CancellationToken cancellationToken) =>
        ActAsync(
            applicationId,
            actor,
            reason,
            WorkflowStatus.Suspended,
            JournalKinds.OperatorResumed,
            (id, _) => controller.ResumeWorkflow(id),
            cancellationToken
        );

    public Task<OperatorActionResult> RetryAsync(Guid applicationId, string actor, string? reason, CancellationToken cancellationToken) =>
        ActAsync(
            applicationId,
            actor,
            reason,
            WorkflowStatus.Suspended,
            JournalKinds.OperatorRetried,
            async (id, ct) =>
            {
                // Safe without the engine's lock: a suspended instance is never picked up, so nothing else writes its pointers.
                await using var db = contexts.CreateDbContext();
                await db
                    .ExecutionPointers.Where(p => p.WorkflowId == id && p.Active)
                    .ExecuteUpdateAsync(set => set.SetProperty(p => p.RetryCount, 0), ct);
                return await controller.ResumeWorkflow(id);
            },
            cancellationToken
        );

    private async Task<OperatorActionResult> ActAsync(
        Guid applicationId,
        string actor,
        string? reason,
        WorkflowStatus required,
        string kind,
        Func<string, CancellationToken, Task<bool>> act,
        CancellationToken cancellationToken
    )
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        for (var attempt = 1; ; attempt++)
        {
            var instance = await store.FindByReferenceAsync(applicationId.ToString("D"), cancellationToken);
            if (instance is null)
            {
                return OperatorActionResult.NotFound;
            }

            if (instance.Status != required)
            {
                return OperatorActionResult.NotAllowed;
            }

            if (await act(instance.Id, cancellationToken))
            {
                var data = instance.Data as ProcessData ?? new ProcessData();
                await journal.OperatorAsync(
                    applicationId,
                    instance.Id,
                    kind,
                    data.CurrentNode,
                    data.Round,
                    actor,
                    string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
                    cancellationToken
                );
                return OperatorActionResult.Done;
            }

            // WorkflowCore answers false while the engine holds the instance's lock, e.g. just after it
            // stored the suspension; the state is read again before each try.
            if (attempt == LockAttempts)
            {
                return OperatorActionResult.NotAllowed;
            }

            await Task.Delay(LockRetryDelay, cancellationToken);
        }
    }
}
