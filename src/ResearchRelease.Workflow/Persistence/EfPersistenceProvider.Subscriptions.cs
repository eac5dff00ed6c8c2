using Microsoft.EntityFrameworkCore;
using WorkflowCore.Models;

namespace ResearchRelease.Workflow.Persistence;

/// <summary>ISubscriptionRepository. A satisfied subscription is deleted (terminated).</summary>
internal sealed partial class EfPersistenceProvider
{
    public async Task<string> CreateEventSubscription(EventSubscription subscription, CancellationToken cancellationToken = default)
    {
        subscription.Id = Guid.NewGuid().ToString();
        await using var db = contexts.CreateDbContext();
        db.Subscriptions.Add(SubscriptionMapper.ToRow(subscription));
        SubscriptionAdded();
        await db.SaveChangesAsync(cancellationToken);
        return subscription.Id;
    }

    public async Task<IEnumerable<EventSubscription>> GetSubscriptions(
        string eventName,
        string eventKey,
        DateTime asOf,
        CancellationToken cancellationToken = default
    )
    {
        var asOfTicks = UtcTicks.From(asOf);
        await using var db = contexts.CreateDbContext();
        var rows = await db
            .Subscriptions.AsNoTracking()
            .Where(s => s.EventName == eventName && s.EventKey == eventKey && s.SubscribeAsOfUtcTicks <= asOfTicks)
            .ToListAsync(cancellationToken);
        return rows.Select(SubscriptionMapper.ToSubscription).ToList();
    }

    public async Task TerminateSubscription(string eventSubscriptionId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        await db.Subscriptions.Where(s => s.Id == eventSubscriptionId).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<EventSubscription> GetSubscription(string eventSubscriptionId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var row = await db.Subscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == eventSubscriptionId, cancellationToken);
        return row is null ? null! : SubscriptionMapper.ToSubscription(row);
    }

    public async Task<EventSubscription> GetFirstOpenSubscription(
        string eventName,
        string eventKey,
        DateTime asOf,
        CancellationToken cancellationToken = default
    )
    {
        var asOfTicks = UtcTicks.From(asOf);
        await using var db = contexts.CreateDbContext();
        var row = await db
            .Subscriptions.AsNoTracking()
            .Where(s =>
                s.EventName == eventName && s.EventKey == eventKey && s.SubscribeAsOfUtcTicks <= asOfTicks && s.ExternalToken == null
            )
            .OrderBy(s => s.SubscribeAsOfUtcTicks)
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null! : SubscriptionMapper.ToSubscription(row);
    }

    /// <summary>Takes the token only if no other worker holds it.</summary>
    public async Task<bool> SetSubscriptionToken(
        string eventSubscriptionId,
        string token,
        string workerId,
        DateTime expiry,
        CancellationToken cancellationToken = default
    )
    {
        var expiryTicks = UtcTicks.From(expiry);
        await using var db = contexts.CreateDbContext();
        var updated = await db
            .Subscriptions.Where(s => s.Id == eventSubscriptionId && s.ExternalToken == null)
            .ExecuteUpdateAsync(
                set =>
                    set.SetProperty(s => s.ExternalToken, token)
                        .SetProperty(s => s.ExternalWorkerId, workerId)
                        .SetProperty(s => s.ExternalTokenExpiryUtcTicks, expiryTicks),
                cancellationToken
            );
        return updated > 0;
    }

    public async Task ClearSubscriptionToken(string eventSubscriptionId, string token, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        await db
            .Subscriptions.Where(s => s.Id == eventSubscriptionId && s.ExternalToken == token)
            .ExecuteUpdateAsync(
                set =>
                    set.SetProperty(s => s.ExternalToken, (string?)null)
                        .SetProperty(s => s.ExternalWorkerId, (string?)null)
                        .SetProperty(s => s.ExternalTokenExpiryUtcTicks, (long?)null),
                cancellationToken
            );
    }
}
