using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Compliance;

/// <summary>
/// Changes stored events behind the application's back, the way someone with database access might. On
/// PostgreSQL the append-only trigger would refuse, so the session turns triggers off first (superuser only:
/// exactly the access an attacker would need).
/// </summary>
public static class Tampering
{
    public static readonly IReadOnlyDictionary<string, string> Sql = new Dictionary<string, string>
    {
        ["alter"] = "UPDATE application_events SET actor_name = 'Someone else' WHERE sequence = 2",
        ["delete"] = "DELETE FROM application_events WHERE sequence = 2",
        ["reorder"] =
            "UPDATE application_events SET sequence = 1000 WHERE sequence = 2; "
            + "UPDATE application_events SET sequence = 2 WHERE sequence = 3; "
            + "UPDATE application_events SET sequence = 3 WHERE sequence = 1000",
        ["delete_last"] = "DELETE FROM application_events WHERE sequence = (SELECT MAX(sequence) FROM application_events)",
    };

    public static async Task ApplyAsync(TestDatabase db, string sql)
    {
        await using var connection = Open(db);
        await connection.OpenAsync();
        if (db.IsPostgres)
            await ExecuteAsync(connection, "SET session_replication_role = replica");
        await ExecuteAsync(connection, sql);
    }

    public static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public static DbConnection Open(TestDatabase db) =>
        db.IsPostgres ? new NpgsqlConnection(db.ConnectionString) : new SqliteConnection(db.ConnectionString);
}
