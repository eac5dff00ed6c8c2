using Microsoft.EntityFrameworkCore;
using WorkflowCore.Models;

namespace ResearchRelease.Workflow.Persistence;

/// <summary>The queries behind the interpreter's waits: stored signals are its inbox.</summary>
internal sealed partial class EfPersistenceProvider
{
    private static readonly string SleepingStatus = PointerStatus.Sleeping.ToString();

    /// <summary>
    /// The earliest stored signal with this key among <paramref name="names"/>, processed or not:
    /// whether WorkflowCore's own event consumer has seen it does not matter to a wait.
    /// </summary>
    public async Task<(string Name, string Payload)?> FindSignalAsync(string eventKey, IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        if (names.Count == 0)
        {
            return null;
        }

        await using var db = contexts.CreateDbContext();
        var row = await db.Events.AsNoTracking()
            .Where(e => e.EventKey == eventKey && names.Contains(e.EventName))
            .OrderBy(e => e.EventTimeUtcTicks).ThenBy(e => e.EventName)
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
        await db.Events.Where(e => e.EventKey == eventKey && e.EventName == name && !e.IsProcessed)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.IsProcessed, true), cancellationToken);
    }

    /// <summary>
    /// Makes a sleeping wait run at once, so that it sees a signal just stored. The caller holds the
    /// workflow's engine lock, so no executor is between reading and saving this instance: otherwise its
    /// save would put the sleep back and the signal would wait for the next recheck.
    /// </summary>
    /// <returns>Whether anything was asleep.</returns>
    public async Task<bool> WakeAsync(string workflowId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var woken = await db.ExecutionPointers
            .Where(p => p.WorkflowId == workflowId && p.Active && p.Status == SleepingStatus && p.SleepUntilUtcTicks != null)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.SleepUntilUtcTicks, (long?)null), cancellationToken);
        if (woken == 0)
        {
            return false;
        }

        await db.Workflows
            .Where(w => w.Id == workflowId && w.Status == RunnableStatus)
            .ExecuteUpdateAsync(set => set.SetProperty(w => w.NextExecution, 0L), cancellationToken);
        return true;
    }
}
