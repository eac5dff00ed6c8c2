using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace ResearchRelease.Workflow.Persistence;

/// <summary>
/// Claims on due instances: a node claims what it queues, so that no node queues an instance that is already
/// queued or running. Claims are kept in real (wall-clock) time, not the engine's clock: they are about whether a
/// node is alive, and the engine's clock may be a test's fake one that stands still.
/// </summary>
internal sealed partial class EfPersistenceProvider
{
    /// <summary>
    /// Claims up to <paramref name="max"/> runnable instances due by <paramref name="dueByUtc"/> (earliest first) that
    /// no node has claimed, or whose claim has lapsed; returns their ids. On PostgreSQL rows another node is claiming
    /// at the same moment are skipped rather than waited for.
    /// </summary>
    public async Task<IReadOnlyList<string>> ClaimDueAsync(
        DateTime dueByUtc,
        int max,
        TimeSpan claimFor,
        CancellationToken cancellationToken
    )
    {
        var now = DateTime.UtcNow.Ticks;
        await using var db = contexts.CreateDbContext();
        var skipLocked = contexts.IsSqlite ? "" : "FOR UPDATE SKIP LOCKED";
        var sql = $"""
            UPDATE wf_workflows SET claimed_until_utc_ticks = @until
            WHERE id IN (
                SELECT id FROM wf_workflows
                WHERE status = @runnable AND next_execution <= @due
                  AND (claimed_until_utc_ticks IS NULL OR claimed_until_utc_ticks < @now)
                ORDER BY next_execution LIMIT @max {skipLocked})
            RETURNING id
            """;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        contexts.Statements.Add();
        Add(command, "@until", now + claimFor.Ticks);
        Add(command, "@runnable", RunnableStatus);
        Add(command, "@due", UtcTicks.From(dueByUtc));
        Add(command, "@now", now);
        Add(command, "@max", max);
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>
    /// When this node's poller must next look: the earliest due time of a runnable instance no node has claimed (UTC
    /// ticks on the engine's clock), and the earliest real time at which a live claim on a due instance lapses (its
    /// node may have died). One statement, reading only the head of the (status, next_execution) index.
    /// </summary>
    public async Task<(long? Due, long? ClaimLapses)> NextDueAsync(DateTime dueByUtc, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow.Ticks;
        await using var db = contexts.CreateDbContext();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT
              (SELECT next_execution FROM wf_workflows
               WHERE status = @runnable AND next_execution IS NOT NULL
                 AND (claimed_until_utc_ticks IS NULL OR claimed_until_utc_ticks < @now)
               ORDER BY next_execution LIMIT 1),
              (SELECT MIN(claimed_until_utc_ticks) FROM wf_workflows
               WHERE status = @runnable AND next_execution <= @due AND claimed_until_utc_ticks >= @now)
            """;
        contexts.Statements.Add();
        Add(command, "@runnable", RunnableStatus);
        Add(command, "@now", now);
        Add(command, "@due", UtcTicks.From(dueByUtc));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return (null, null);
        }

        long? Read(int i) =>
            reader.IsDBNull(i) ? null : Convert.ToInt64(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
        return (Read(0), Read(1));
    }

    /// <summary>Hands back claims on instances this node queued but did not run (it is stopping): others may run them now.</summary>
    public async Task ReleaseClaimsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await using var db = contexts.CreateDbContext();
        await db
            .Workflows.Where(w => ids.Contains(w.Id) && w.ClaimedUntilUtcTicks != null)
            .ExecuteUpdateAsync(set => set.SetProperty(w => w.ClaimedUntilUtcTicks, (long?)null), cancellationToken);
        await AnnounceDueAsync(db, 0, cancellationToken);
    }

    /// <summary>Drops every claim: only for a store where this is the one node that runs steps.</summary>
    public async Task ReleaseAllClaimsAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await db
            .Workflows.Where(w => w.ClaimedUntilUtcTicks != null)
            .ExecuteUpdateAsync(set => set.SetProperty(w => w.ClaimedUntilUtcTicks, (long?)null), cancellationToken);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
