using System.Data;
using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ResearchRelease.Workflow.Persistence;

/// <summary>
/// Whether every migration compiled into the app is already recorded in a context's history table, read with one
/// plain query. EF's own pending-migrations check builds the context's model first, which was most of a restart's
/// time; a database that is up to date needs none of that before the first page. Anything unexpected (no history
/// table yet, a database that cannot be read) answers "no", and the caller takes EF's full path, which migrates.
/// </summary>
public static class MigrationHistory
{
    /// <summary>The ids of the migrations compiled for this context type, from their attributes.</summary>
    public static IReadOnlyList<string> Known(Type contextType) =>
        contextType
            .Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Migration)) && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType)
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .ToList();

    public static bool AllApplied(DbConnection connection, Type contextType, string historyTable) =>
        AllAppliedAsync(connection, contextType, historyTable, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>
    /// Reads on a plain ADO.NET connection, not the context's: even opening a context's connection builds EF's
    /// internal services, which cost more than half a second of a cold start.
    /// </summary>
    public static async Task<bool> AllAppliedAsync(DbConnection connection, Type contextType, string historyTable, CancellationToken ct)
    {
        var known = Known(contextType);
        var opened = connection.State != ConnectionState.Open;
        try
        {
            if (opened)
                await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            // The snake-case naming convention names the history table's key column too.
            command.CommandText = $"SELECT migration_id FROM \"{historyTable}\"";
            var applied = new HashSet<string>(StringComparer.Ordinal);
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                    applied.Add(reader.GetString(0));
            }

            return known.Count > 0 && known.All(applied.Contains);
        }
        catch (DbException)
        {
            return false;
        }
        finally
        {
            if (opened)
                await connection.CloseAsync();
        }
    }
}
