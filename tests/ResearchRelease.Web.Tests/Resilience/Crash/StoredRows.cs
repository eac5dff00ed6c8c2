using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Resilience.Crash;

/// <summary>
/// The rows as the database holds them, read with plain SQL behind the app's back: the API could hide a second
/// letter or a stuck message; the tables cannot.
/// </summary>
public sealed class StoredRows
{
    public required List<(Guid Application, int Sequence, string Type)> Events { get; init; }
    public required List<(Guid Id, string Status, int Version)> Applications { get; init; }
    public required List<(Guid Application, int Round, string Kind, string Sha256)> Letters { get; init; }
    public required List<(
        long Id,
        string Kind,
        Guid Application,
        int Round,
        bool Dispatched,
        int Attempts,
        string? Error
    )> Outbox { get; init; }
    public required List<(string Reference, string Status)> Workflows { get; init; }
    public required int UnprocessedSignals { get; init; }

    public static async Task<StoredRows> ReadAsync(TestDatabase database)
    {
        await using DbConnection connection = database.IsPostgres
            ? new NpgsqlConnection(database.ConnectionString)
            : new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        return new StoredRows
        {
            Events = await QueryAsync(
                connection,
                "SELECT application_id, sequence, type FROM application_events ORDER BY application_id, sequence",
                r => (Id(r[0]), Int(r[1]), (string)r[2])
            ),
            Applications = await QueryAsync(connection, "SELECT id, status, version FROM applications", r =>
                (Id(r[0]), (string)r[1], Int(r[2]))
            ),
            Letters = await QueryAsync(connection, "SELECT application_id, round, kind, sha256 FROM letters", r =>
                (Id(r[0]), Int(r[1]), (string)r[2], (string)r[3])
            ),
            Outbox = await QueryAsync(
                connection,
                "SELECT id, kind, application_id, round, dispatched_at, attempts, last_error FROM outbox ORDER BY id",
                r =>
                    (
                        Convert.ToInt64(r[0], CultureInfo.InvariantCulture),
                        (string)r[1],
                        Id(r[2]),
                        Int(r[3]),
                        r[4] is not DBNull,
                        Int(r[5]),
                        r[6] as string
                    )
            ),
            Workflows = await QueryAsync(connection, "SELECT reference, status, data FROM wf_workflows", r =>
                ((string)r[0], SettledStatus((string)r[1], r[2] as string))
            ),
            UnprocessedSignals = (await QueryAsync(connection, "SELECT COUNT(*) FROM wf_events WHERE NOT is_processed", r => Int(r[0])))[0],
        };
    }

    /// <summary>What the tables hold for one application, as text for a failure message: its events, row, outbox
    /// messages, workflow instance (status and data) and stored signals.</summary>
    public static async Task<string> DescribeAsync(TestDatabase database, Guid application)
    {
        await using DbConnection connection = database.IsPostgres
            ? new NpgsqlConnection(database.ConnectionString)
            : new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        var id = database.IsPostgres ? $"'{application:D}'::uuid" : $"'{application:D}'";
        var reference = $"'{application:D}'";
        var parts = new[]
        {
            ("events", $"SELECT sequence, type FROM application_events WHERE application_id = {id} ORDER BY sequence"),
            ("row", $"SELECT status, version FROM applications WHERE id = {id}"),
            ("outbox", $"SELECT id, kind, round, dispatched_at, attempts, last_error FROM outbox WHERE application_id = {id} ORDER BY id"),
            ("workflow", $"SELECT status, next_execution, data FROM wf_workflows WHERE reference = {reference}"),
            ("signals", $"SELECT event_name, event_key, event_data, is_processed FROM wf_events WHERE event_key LIKE '{application:D}%'"),
        };
        var text = new System.Text.StringBuilder($"stored for {application:D}:");
        foreach (var (name, sql) in parts)
        {
            var rows = await QueryAsync(connection, sql, r =>
                string.Join(" | ", r.Select(v => v is DBNull ? "null" : Convert.ToString(v, CultureInfo.InvariantCulture)))
            );
            text.Append(CultureInfo.InvariantCulture, $"\n  {name}:").AppendJoin("", rows.Select(r => $"\n    {r}"));
        }
        return text.ToString();
    }

    /// <summary>
    /// "Complete" for an instance that ended (refused, withdrawn), "Released" for an approved one whose release is now
    /// running (version 2 waits at await-release-end until the end date), otherwise the engine's own status.
    /// </summary>
    private static string SettledStatus(string status, string? data) =>
        status == "Runnable"
        && data is not null
        && System.Text.RegularExpressions.Regex.IsMatch(data, "\"CurrentNode\"\\s*:\\s*\"await-release-end\"")
        && System.Text.RegularExpressions.Regex.IsMatch(data, "\"Node\"\\s*:\\s*\"await-release-end\"")
            ? "Released"
            : status;

    private static async Task<List<T>> QueryAsync<T>(DbConnection connection, string sql, Func<object[], T> map)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(map(values));
        }
        return rows;
    }

    private static Guid Id(object value) => value is Guid g ? g : Guid.Parse((string)value);

    private static int Int(object value) => Convert.ToInt32(value, CultureInfo.InvariantCulture);
}
