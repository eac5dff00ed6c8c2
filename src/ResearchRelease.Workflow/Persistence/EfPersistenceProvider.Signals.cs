using Microsoft.EntityFrameworkCore;
using ResearchRelease.Workflow.Persistence.Entities;
using WorkflowCore.Models;

namespace ResearchRelease.Workflow.Persistence;

/// <summary>The queries behind the interpreter's waits: stored signals are its inbox.</summary>
internal sealed partial class EfPersistenceProvider
{
    /// <summary>
    /// The earliest stored signal with this key among <paramref name="names"/>, processed or not:
    /// whether WorkflowCore's own event consumer has seen it does not matter to a wait.
    /// </summary>
    public async Task<(string Name, string Payload)?> FindSignalAsync(
        string eventKey,
        IReadOnlyCollection<string> names,
        CancellationToken cancellationToken
    )
    {
        if (names.Count == 0)
        {
            return null;
        }

        await using var db = contexts.CreateDbContext();
        var row = await db
            .Events.AsNoTracking()
            .Where(e => e.EventKey == eventKey && names.Contains(e.EventName))
            .OrderBy(e => e.EventTimeUtcTicks)
            .ThenBy(e => e.EventName)
            .Select(e => new { e.EventName, e.EventData })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        return (row.EventName, StoreJson.DeserializeObject(row.EventData) as string ?? "");
    }

    public async Task MarkSignalTakenAsync(string eventKey, string name, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await db
            .Events.Where(e => e.EventKey == eventKey && e.EventName == name && !e.IsProcessed)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.IsProcessed, true), cancellationToken);
    }

    /// <summary>
    /// Counts a wake-up on the instance and, if it is runnable, makes it due now. Taking no lock, it never waits for
    /// a run in progress: that run's save sees the count has moved and leaves the instance due (see PersistWorkflow),
    /// and the next load wakes its sleeping steps (<see cref="Loaded"/>).
    /// </summary>
    public async Task RequestWakeAsync(string workflowId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await db
            .Workflows.Where(w => w.Id == workflowId)
            .ExecuteUpdateAsync(
                set =>
                    set.SetProperty(w => w.WakeCount, w => w.WakeCount + 1)
                        .SetProperty(w => w.NextExecution, w => w.Status == RunnableStatus ? 0L : w.NextExecution),
                cancellationToken
            );
        await AnnounceDueAsync(db, 0, cancellationToken);
    }

    /// <summary>
    /// An instance loaded for a run: its rows are kept until the run saves it (see PersistWorkflow), and a wake-up
    /// asked for since its last save cuts its sleeping steps short, so that a wait runs now and reads the stored signals.
    /// </summary>
    private WorkflowInstance Loaded(StoredWorkflow row)
    {
        _loaded[row.Id] = row;
        return WakeIfAsked(row, WorkflowMapper.ToInstance(row));
    }

    private static WorkflowInstance WakeIfAsked(StoredWorkflow row, WorkflowInstance instance)
    {
        if (row.WakeCount != row.HandledWakes)
        {
            foreach (var pointer in instance.ExecutionPointers.Where(p => p.Active && p.Status == PointerStatus.Sleeping))
            {
                pointer.SleepUntil = null;
            }

            if (instance.Status == WorkflowStatus.Runnable)
                instance.NextExecution = 0;
        }

        return instance;
    }
}
