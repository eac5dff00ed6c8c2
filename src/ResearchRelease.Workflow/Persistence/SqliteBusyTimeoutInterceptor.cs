using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ResearchRelease.Workflow.Persistence;

/// <summary>
/// Sets <c>PRAGMA busy_timeout</c> on every SQLite connection. Without it Microsoft.Data.Sqlite
/// retries a locked database itself with 150 ms sleeps, which made step latency bimodal under the
/// engine's several writer threads; SQLite's own busy handler waits in much finer steps.
/// </summary>
internal sealed class SqliteBusyTimeoutInterceptor : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeoutInterceptor Instance = new();

    private const string Pragma = "PRAGMA busy_timeout=5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragma;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
