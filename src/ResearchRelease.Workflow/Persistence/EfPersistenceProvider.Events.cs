using Microsoft.EntityFrameworkCore;
using WorkflowCore.Models;

namespace ResearchRelease.Workflow.Persistence;

/// <summary>IEventRepository.</summary>
internal sealed partial class EfPersistenceProvider
{
    /// <exception cref="DbUpdateException">An event with the same name and key exists (see <see cref="UniqueViolation"/>).</exception>
    public async Task<string> CreateEvent(Event newEvent, CancellationToken cancellationToken = default)
    {
        newEvent.Id = Guid.NewGuid().ToString();
        await using var db = contexts.CreateDbContext();
        db.Events.Add(SubscriptionMapper.ToRow(newEvent));
        await db.SaveChangesAsync(cancellationToken);
        bell.EventStored();
        return newEvent.Id;
    }

    public async Task<Event> GetEvent(string id, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var row = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        return row is null ? null! : SubscriptionMapper.ToEvent(row);
    }

    /// <summary>
    /// Only events some wait subscribes to: an orphan (a signal for a round that never waits, a
    /// double-clicked decision) would otherwise be re-queued on every poll, for ever.
    /// </summary>
    /// <param name="asAt">Local time when the poller calls; see <see cref="UtcTicks"/>.</param>
    public async Task<IEnumerable<string>> GetRunnableEvents(DateTime asAt, CancellationToken cancellationToken = default)
    {
        var now = UtcTicks.From(asAt);
        await using var db = contexts.CreateDbContext();
        return await db
            .Events.Where(e => !e.IsProcessed && e.EventTimeUtcTicks <= now)
            .Where(e =>
                db.Subscriptions.Any(s =>
                    s.EventName == e.EventName && s.EventKey == e.EventKey && s.SubscribeAsOfUtcTicks <= e.EventTimeUtcTicks
                )
            )
            .OrderBy(e => e.EventTimeUtcTicks)
            .Select(e => e.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Includes processed events: in WorkflowCore 3.22 an event published before its wait
    /// subscribed is replayed from this list when the wait subscribes.
    /// </summary>
    public async Task<IEnumerable<string>> GetEvents(
        string eventName,
        string eventKey,
        DateTime asOf,
        CancellationToken cancellationToken = default
    )
    {
        var asOfTicks = UtcTicks.From(asOf);
        await using var db = contexts.CreateDbContext();
        return await db
            .Events.Where(e => e.EventName == eventName && e.EventKey == eventKey && e.EventTimeUtcTicks >= asOfTicks)
            .OrderBy(e => e.EventTimeUtcTicks)
            .Select(e => e.Id)
            .ToListAsync(cancellationToken);
    }

    public Task MarkEventProcessed(string id, CancellationToken cancellationToken = default) => SetProcessed(id, true, cancellationToken);

    public Task MarkEventUnprocessed(string id, CancellationToken cancellationToken = default) =>
        SetProcessed(id, false, cancellationToken);

    private async Task SetProcessed(string id, bool processed, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await db.Events.Where(e => e.Id == id).ExecuteUpdateAsync(set => set.SetProperty(e => e.IsProcessed, processed), cancellationToken);
        if (!processed)
        {
            bell.EventStored();
        }
    }
}
