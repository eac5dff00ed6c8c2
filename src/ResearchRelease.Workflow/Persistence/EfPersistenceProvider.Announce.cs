using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ResearchRelease.Workflow.Engine;

namespace ResearchRelease.Workflow.Persistence;

/// <summary>
/// Telling pollers about work, so that none has to look for it on a timer: every write that makes an instance due,
/// or due sooner, rings this node's <see cref="DueBell"/> once it has committed and, on PostgreSQL, notifies the
/// other nodes on <see cref="DueChannel"/> (their <see cref="Nodes.PostgresDueListener"/> rings theirs).
/// </summary>
internal sealed partial class EfPersistenceProvider
{
    /// <summary>The PostgreSQL notification channel; the payload is the due time in UTC ticks on the engine's clock.</summary>
    public const string DueChannel = "rr_engine_due";

    private volatile bool _subscriptionsMayExist = true;

    /// <summary>
    /// Whether any WorkflowCore event subscription may be stored (instances from before ADR 0012 wait on them). While
    /// none is, the poller does not look for events they could take. Set by any write that adds one; the poller
    /// reads the table again at its sweeps.
    /// </summary>
    public bool SubscriptionsMayExist => _subscriptionsMayExist;

    public async Task<bool> RefreshSubscriptionsMayExistAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var any = await db.Subscriptions.AnyAsync(cancellationToken);
        // A subscription added while this read ran has set the flag itself; it must not be cleared over it.
        if (!any && !_subscriptionAdded)
        {
            _subscriptionsMayExist = false;
        }

        _subscriptionAdded = false;
        return _subscriptionsMayExist;
    }

    private volatile bool _subscriptionAdded;

    /// <summary>Now on the engine's clock (a test's may be fake), in UTC ticks as next_execution is stored.</summary>
    private long EngineNowTicks => (time ?? TimeProvider.System).GetUtcNow().UtcTicks;

    private void SubscriptionAdded()
    {
        _subscriptionAdded = true;
        _subscriptionsMayExist = true;
    }

    /// <summary>
    /// An instance is due at <paramref name="dueTicks"/> (0: now). This node's poller hears at once. Other nodes are
    /// notified only if the time comes before their next sweep would find it anyway (ReleaseProcessOptions.SweepInterval):
    /// a wait that sleeps for days costs no notification. A notification that fails (the database went away after the
    /// write) is left to the sweeps; the write itself has committed.
    /// </summary>
    private async Task AnnounceDueAsync(WorkflowStoreContext db, long dueTicks, CancellationToken cancellationToken)
    {
        bell.Due(dueTicks);
        if (contexts.IsSqlite || dueTicks - EngineNowTicks >= options.SweepInterval.Ticks)
        {
            return;
        }

        try
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT pg_notify(@channel, @payload)";
            Add(command, "@channel", DueChannel);
            Add(command, "@payload", dueTicks.ToString(CultureInfo.InvariantCulture));
            contexts.Statements.Add();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (DbException ex)
        {
            logger?.LogInformation(ex, "Other engine nodes were not notified of due work; their sweep will find it.");
        }
    }
}
