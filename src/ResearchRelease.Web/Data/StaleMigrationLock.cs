namespace ResearchRelease.Web.Data;

/// <summary>
/// EF Core (9 and later) locks a SQLite database for migrations by inserting a row into <c>__EFMigrationsLock</c> and
/// deleting it when done. Nothing removes that row when the process dies: an app killed while migrating (its first
/// start, or the first start after an upgrade) leaves it behind, and every later start then waits for it for ever
/// (found by the crash harness's start-up kills). On SQLite this app runs as one process per database (several
/// nodes need PostgreSQL, whose advisory lock ends with its session), so a lock row found before this process has
/// begun migrating can only be a dead process's, and is removed. The engine's tables share the file and the lock.
/// </summary>
public static class StaleMigrationLock
{
    public const string Table = "__EFMigrationsLock";

    /// <summary>
    /// Removes a dead process's migration lock; true when there was one. On a plain connection to the SQLite file:
    /// nothing here needs EF (see MigrationHistory).
    /// </summary>
    public static async Task<bool> ClearAsync(System.Data.Common.DbConnection connection, CancellationToken ct)
    {
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
            await connection.OpenAsync(ct);
        try
        {
            await using var exists = connection.CreateCommand();
            exists.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'";
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 0)
                return false;
            await using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM \"__EFMigrationsLock\"";
            return await delete.ExecuteNonQueryAsync(ct) > 0;
        }
        finally
        {
            if (opened)
                await connection.CloseAsync();
        }
    }
}
