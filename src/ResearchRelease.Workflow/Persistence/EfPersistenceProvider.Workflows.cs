using Microsoft.EntityFrameworkCore;
using ResearchRelease.Workflow.Persistence.Entities;
using WorkflowCore.Models;

namespace ResearchRelease.Workflow.Persistence;

/// <summary>IWorkflowRepository.</summary>
internal sealed partial class EfPersistenceProvider
{
    private static readonly AsyncLocal<bool> _queuedHereOnCreate = new();

    /// <summary>
    /// Until disposed, instances this flow creates are claimed by this node, which queues them itself (WorkflowCore's
    /// controller queues an instance straight after creating it); used only on a node that runs steps.
    /// </summary>
    public IDisposable QueuedHereOnCreate()
    {
        _queuedHereOnCreate.Value = true;
        return new ClaimScope();
    }

    private sealed class ClaimScope : IDisposable
    {
        public void Dispose() => _queuedHereOnCreate.Value = false;
    }

    private static readonly AsyncLocal<HeldInstance?> _held = new();

    /// <summary>
    /// Until disposed, an instance this flow creates is given its id and kept in memory, not written: the caller runs its
    /// first pass and then writes it as that pass left it (<see cref="InsertRunWithinAsync"/>), in its own transaction.
    /// </summary>
    public HeldInstance HoldCreated() => _held.Value = new HeldInstance();

    /// <summary>This flow is making an instance that is held, not written (<see cref="HoldCreated"/>).</summary>
    public static bool Holding => _held.Value is not null;

    public sealed class HeldInstance : IDisposable
    {
        public WorkflowInstance? Instance { get; internal set; }

        public void Dispose() => _held.Value = null;
    }

    public async Task<string> CreateNewWorkflow(WorkflowInstance workflow, CancellationToken cancellationToken = default)
    {
        workflow.Id = Guid.NewGuid().ToString();
        if (_held.Value is { Instance: null } held)
        {
            held.Instance = workflow;
            return workflow.Id;
        }

        var row = new StoredWorkflow();
        WorkflowMapper.CopyTo(workflow, row);

        // Started by this node's ReleaseProcess, which then has WorkflowCore queue it here: it is claimed as it is written,
        // as the poller claims what it queues, so that no poller (here or on another node) queues it as well and runs a
        // second, empty pass. If this node dies first, the claim lapses and another node takes it over.
        var runnable = workflow.Status == WorkflowStatus.Runnable && row.NextExecution is not null;
        var queuedHere = runnable && _queuedHereOnCreate.Value;
        if (queuedHere)
        {
            row.ClaimedUntilUtcTicks = DateTime.UtcNow.Ticks + options.ClaimDuration.Ticks;
        }

        await using var db = contexts.CreateDbContext();
        db.Workflows.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        if (runnable && !queuedHere)
        {
            await AnnounceDueAsync(db, row.NextExecution!.Value, cancellationToken);
        }

        return workflow.Id;
    }

    /// <summary>
    /// Writes a held instance (<see cref="HoldCreated"/>) after its first pass, in the caller's transaction: the instance
    /// with its pointers, the pass's journal and any step errors. Nobody else can see the instance before the caller
    /// commits, so it needs no lock and no revision check.
    /// </summary>
    /// <param name="claimHere">The pass did not reach a wait: the caller runs it again after the commit, and the claim
    /// keeps pollers off it meanwhile (it lapses to them if the caller dies).</param>
    public async Task InsertRunWithinAsync(
        WorkflowInstance workflow,
        IReadOnlyList<StoredJournalEntry> journal,
        IEnumerable<ExecutionError> errors,
        bool claimHere,
        System.Data.Common.DbTransaction within,
        CancellationToken cancellationToken
    )
    {
        await using var db = contexts.CreateDbContext(within);
        var row = new StoredWorkflow();
        WorkflowMapper.CopyTo(workflow, row);
        if (claimHere)
            row.ClaimedUntilUtcTicks = DateTime.UtcNow.Ticks + options.ClaimDuration.Ticks;
        db.Workflows.Add(row);
        db.ExecutionErrors.AddRange(ErrorRows(errors));
        await db.SaveChangesAsync(cancellationToken);
        await JournalRows.InsertAsync(db, journal, cancellationToken);
        if (!claimHere && workflow.Status == WorkflowStatus.Runnable && row.NextExecution is { } due)
        {
            await AnnounceDueAsync(db, due, cancellationToken);
        }
    }

    public Task PersistWorkflow(WorkflowInstance workflow, CancellationToken cancellationToken = default) =>
        PersistWorkflow(workflow, [], cancellationToken);

    /// <summary>
    /// The instance and its new subscriptions in one save; new ids are written back. An instance loaded for its run
    /// is saved from the rows it was loaded from, so the save writes only what the run changed without reading the
    /// instance again; one saved without such a load (an operator's action on another path) is read first.
    /// </summary>
    public Task PersistWorkflow(
        WorkflowInstance workflow,
        List<EventSubscription> subscriptions,
        CancellationToken cancellationToken = default
    ) => PersistWorkflow(workflow, subscriptions, TimeSpan.Zero, cancellationToken);

    /// <param name="rerunHereWithin">
    /// The caller runs the instance again itself if it is due within this time (StepRunner, through its
    /// <see cref="Engine.WorkQueue"/>): then the claim is renewed instead of handed back and no poller is told, so
    /// nobody else queues it meanwhile; if this node dies first, the claim lapses and another node takes it over.
    /// </param>
    /// <param name="journal">The run's journal entries, written in the save's transaction (<see cref="JournalRows"/>).</param>
    public async Task PersistWorkflow(
        WorkflowInstance workflow,
        List<EventSubscription> subscriptions,
        TimeSpan rerunHereWithin,
        CancellationToken cancellationToken,
        IReadOnlyList<StoredJournalEntry>? journal = null
    )
    {
        await using var db = contexts.CreateDbContext();
        var loaded = _loaded.TryRemove(workflow.Id, out var snapshot) ? snapshot : null;
        StoredWorkflow row;
        if (loaded is not null)
        {
            row = loaded;
            db.Workflows.Attach(row);
            var existing = row.ExecutionPointers.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            WorkflowMapper.CopyTo(workflow, row);
            foreach (var added in row.ExecutionPointers.Where(p => !existing.Contains(p.Id)))
            {
                db.Entry(added).State = EntityState.Added;
            }

            row.HandledWakes = loaded.WakeCount;
        }
        else
        {
            row = await db.Workflows.Include(w => w.ExecutionPointers).SingleOrDefaultAsync(w => w.Id == workflow.Id, cancellationToken)
                ?? throw new InvalidOperationException($"Workflow {workflow.Id} is not in the store.");
            WorkflowMapper.CopyTo(workflow, row);
        }

        // This run is over: the poller may queue the instance again when it is due, unless this node runs it again
        // shortly. Written even if the loaded row showed no claim, as the poller may have claimed the instance since.
        // The save names the revision it loaded (EF's concurrency check): it fails if another save came in between.
        row.Revision++;
        var rerunHere =
            rerunHereWithin > TimeSpan.Zero
            && workflow.Status == WorkflowStatus.Runnable
            && workflow.NextExecution is { } next
            && next - EngineNowTicks < rerunHereWithin.Ticks;
        row.ClaimedUntilUtcTicks = rerunHere ? DateTime.UtcNow.Ticks + options.ClaimDuration.Ticks : null;
        db.Entry(row).Property(w => w.ClaimedUntilUtcTicks).IsModified = true;
        foreach (var subscription in subscriptions ?? [])
        {
            subscription.Id = Guid.NewGuid().ToString();
            db.Subscriptions.Add(SubscriptionMapper.ToRow(subscription));
            SubscriptionAdded();
        }

        await using (var transaction = journal is { Count: > 0 } ? await db.Database.BeginTransactionAsync(cancellationToken) : null)
        {
            // A failed save rolls back the whole transaction, so a savepoint around it would only cost two statements.
            db.Database.AutoSavepointsEnabled = false;
            if (transaction is not null)
                await JournalRows.InsertAsync(db, journal!, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
                await transaction.CommitAsync(cancellationToken);
        }

        if (workflow.Status != WorkflowStatus.Runnable || workflow.NextExecution is not { } due)
        {
            return;
        }

        if (
            loaded is not null
            && due > 0
            && await db
                .Workflows.Where(w => w.Id == workflow.Id && w.WakeCount != w.HandledWakes)
                .ExecuteUpdateAsync(set => set.SetProperty(w => w.NextExecution, 0L), cancellationToken) > 0
        )
        {
            // A signal stored while this run was under way counted a wake-up after the load: the sleep just saved must
            // not stand, or the wait would not see the signal until its next timer. The count itself is never written
            // by a save, so that increment is not lost.
            due = 0;
        }

        if (!rerunHere)
        {
            await AnnounceDueAsync(db, due, cancellationToken);
        }
    }

    /// <summary>Drops what was kept of an instance loaded for a run that did not save it (it was not runnable).</summary>
    public void Forget(string workflowId) => _loaded.TryRemove(workflowId, out _);

    /// <param name="asAt">Local time when the poller calls; see <see cref="UtcTicks"/>.</param>
    public async Task<IEnumerable<string>> GetRunnableInstances(DateTime asAt, CancellationToken cancellationToken = default)
    {
        var now = UtcTicks.From(asAt);
        await using var db = contexts.CreateDbContext();
        return await db
            .Workflows.Where(w => w.Status == RunnableStatus && w.NextExecution != null && w.NextExecution <= now)
            .Select(w => w.Id)
            .ToListAsync(cancellationToken);
    }

    [Obsolete("Kept because IWorkflowRepository still declares it.")]
    public async Task<IEnumerable<WorkflowInstance>> GetWorkflowInstances(
        WorkflowStatus? status,
        string type,
        DateTime? createdFrom,
        DateTime? createdTo,
        int skip,
        int take
    )
    {
        await using var db = contexts.CreateDbContext();
        IQueryable<StoredWorkflow> query = db.Workflows.AsNoTracking().Include(w => w.ExecutionPointers);
        if (status is not null)
        {
            var statusName = status.Value.ToString();
            query = query.Where(w => w.Status == statusName);
        }

        if (!string.IsNullOrEmpty(type))
        {
            query = query.Where(w => w.WorkflowDefinitionId == type);
        }

        if (createdFrom is not null)
        {
            var from = UtcTicks.From(createdFrom.Value);
            query = query.Where(w => w.CreateTimeUtcTicks >= from);
        }

        if (createdTo is not null)
        {
            var to = UtcTicks.From(createdTo.Value);
            query = query.Where(w => w.CreateTimeUtcTicks <= to);
        }

        var rows = await query.OrderBy(w => w.CreateTimeUtcTicks).Skip(skip).Take(take).ToListAsync();
        return rows.Select(WorkflowMapper.ToInstance).ToList();
    }

    /// <remarks>
    /// WorkflowCore 3.22 quarantines a workflow on the node, until restart, after five failed loads in a row. An
    /// unreachable database is not the workflow's fault: a load during an outage would quarantine every instance
    /// that was due, and they would never run again without a restart (found by the database outage test). So a
    /// load that fails in the database waits and tries again until the database answers or the host stops.
    /// </remarks>
    public async Task<WorkflowInstance> GetWorkflowInstance(string Id, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            try
            {
                await using var db = contexts.CreateDbContext();
                var row = await db
                    .Workflows.AsNoTracking()
                    .Include(w => w.ExecutionPointers)
                    .SingleOrDefaultAsync(w => w.Id == Id, cancellationToken);
                return row is null ? null! : Loaded(row);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && IsDatabaseUnreachable(ex))
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    private static bool IsDatabaseUnreachable(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is System.Data.Common.DbException or System.Net.Sockets.SocketException)
                return true;
        }
        return false;
    }

    public async Task<IEnumerable<WorkflowInstance>> GetWorkflowInstances(
        IEnumerable<string> ids,
        CancellationToken cancellationToken = default
    )
    {
        var wanted = ids.ToList();
        await using var db = contexts.CreateDbContext();
        var rows = await db
            .Workflows.AsNoTracking()
            .Include(w => w.ExecutionPointers)
            .Where(w => wanted.Contains(w.Id))
            .ToListAsync(cancellationToken);
        return rows.Select(row => WakeIfAsked(row, WorkflowMapper.ToInstance(row))).ToList();
    }
}
