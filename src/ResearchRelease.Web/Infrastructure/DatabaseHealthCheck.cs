using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Infrastructure;

/// <summary>
/// /health answers Unhealthy when the database cannot be reached, and Degraded when it can be read but refuses writes
/// (a read-only PostgreSQL, a SQLite file another process holds locked). Both are 503: every page that signs someone
/// in or records anything writes, so a node whose database refuses writes cannot serve the service.
/// </summary>
public sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
{
    /// <summary>
    /// The probe rewrites one row of the migration history to itself and rolls back: a real write on both providers,
    /// on a table every database of this app has (its columns snake_case, like every column here), that would leave
    /// nothing behind even if it were committed.
    /// </summary>
    private const string WriteProbe =
        "UPDATE \"__EFMigrationsHistory\" SET product_version = product_version "
        + "WHERE migration_id = (SELECT MIN(migration_id) FROM \"__EFMigrationsHistory\")";

    /// <summary>How long the probe waits for a write lock before calling the database degraded.</summary>
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
                return HealthCheckResult.Unhealthy("Database unreachable.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Database unreachable.");
        }

        try
        {
            await ProbeWriteAsync(cancellationToken);
            return HealthCheckResult.Healthy("Database reachable and writable.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Degraded("Database reachable but refuses writes.", ex);
        }
    }

    private async Task ProbeWriteAsync(CancellationToken ct)
    {
        var commandTimeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(ProbeTimeout);
        await db.Database.OpenConnectionAsync(ct);
        // SQLite takes the write lock when the transaction begins, waiting the connection's own timeout (30 s by
        // default) for it; the probe should give up sooner. The connection stays with its pooled context, so the
        // timeout is put back for the next request.
        var sqlite = db.Database.GetDbConnection() as SqliteConnection;
        var sqliteTimeout = sqlite?.DefaultTimeout;
        try
        {
            if (sqlite is not null)
                sqlite.DefaultTimeout = (int)ProbeTimeout.TotalSeconds;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlRawAsync(WriteProbe, ct);
            await transaction.RollbackAsync(ct);
        }
        finally
        {
            if (sqlite is not null)
                sqlite.DefaultTimeout = sqliteTimeout!.Value;
            db.Database.SetCommandTimeout(commandTimeout);
            await db.Database.CloseConnectionAsync();
        }
    }
}
