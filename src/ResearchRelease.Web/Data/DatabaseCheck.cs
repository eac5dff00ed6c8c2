using Microsoft.EntityFrameworkCore.Migrations;
using ResearchRelease.Workflow.Persistence;

namespace ResearchRelease.Web.Data;

/// <summary>
/// The first look at the app's database: on SQLite, write-ahead logging on and a dead process's migration lock removed
/// (<see cref="StaleMigrationLock"/>); then whether every migration compiled into the app is applied. It needs only a
/// plain connection, so it begins as soon as the settings are read and runs while the rest of the app is composed:
/// on PostgreSQL most of it is waiting for the server (connecting, TLS), on SQLite it takes the second core.
/// </summary>
/// <remarks>Constructing one starts the check; its result is awaited before anything migrates or serves.</remarks>
public sealed class DatabaseCheck(PlainConnection plain)
{
    private readonly Task<DatabaseCheckResult> _result = Task.Run(() => RunAsync(plain));

    public Task<DatabaseCheckResult> ResultAsync() => _result;

    private static async Task<DatabaseCheckResult> RunAsync(PlainConnection plain)
    {
        var staleLockRemoved = false;
        if (plain.IsSqlite)
        {
            await using var connection = plain.Create();
            await connection.OpenAsync();
            // WAL lets readers run beside the one writer; the mode is kept in the file, so setting it once a start is enough.
            await using (var wal = connection.CreateCommand())
            {
                wal.CommandText = "PRAGMA journal_mode=WAL;";
                await wal.ExecuteNonQueryAsync();
            }

            staleLockRemoved = await StaleMigrationLock.ClearAsync(connection, CancellationToken.None);
        }

        await using var history = plain.Create();
        var upToDate = await MigrationHistory.AllAppliedAsync(
            history,
            plain.ContextType,
            HistoryRepository.DefaultTableName,
            CancellationToken.None
        );
        return new DatabaseCheckResult(upToDate, staleLockRemoved);
    }
}

/// <param name="UpToDate">Every migration compiled into the app is recorded as applied.</param>
/// <param name="StaleLockRemoved">A migration lock left by a process that died while migrating was removed.</param>
public sealed record DatabaseCheckResult(bool UpToDate, bool StaleLockRemoved);
