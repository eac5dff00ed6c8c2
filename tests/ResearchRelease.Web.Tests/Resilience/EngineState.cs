using System.Text;
using Npgsql;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Resilience;

/// <summary>
/// When a multi-node test gives up waiting, says why: the instance's engine rows and who holds advisory locks.
/// A slow machine and a stuck instance look alike from the API; they do not from here.
/// </summary>
internal static class EngineState
{
    public static async Task ExplainTimeoutAsync(TestDatabase db, Guid applicationId, Func<Task> wait)
    {
        try
        {
            await wait();
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException(ex.Message[..Math.Min(ex.Message.Length, 300)] + "\n" + await DescribeAsync(db, applicationId), ex);
        }
    }

    private static async Task<string> DescribeAsync(TestDatabase db, Guid applicationId)
    {
        var text = new StringBuilder();
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        async Task Dump(string title, string sql)
        {
            text.AppendLine(title + ":");
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("reference", applicationId.ToString("D"));
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                text.AppendLine(
                    "  "
                        + string.Join(
                            " | ",
                            Enumerable.Range(0, reader.FieldCount).Select(i => $"{reader.GetName(i)}={reader.GetValue(i)}")
                        )
                );
        }

        await Dump(
            "instance",
            "SELECT id, status, next_execution, claimed_until_utc_ticks, wake_count, handled_wakes, data "
                + "FROM wf_workflows WHERE reference = @reference"
        );
        await Dump(
            "pointers",
            "SELECT p.step_id, p.status, p.active, p.event_name, p.event_key, p.event_published, p.retry_count, p.end_time_utc_ticks IS NOT NULL AS ended FROM wf_execution_pointers p JOIN wf_workflows w ON w.id = p.workflow_id WHERE w.reference = @reference ORDER BY p.start_time_utc_ticks"
        );
        await Dump("events", "SELECT event_name, event_key, is_processed FROM wf_events WHERE event_key LIKE @reference || '%'");
        await Dump(
            "errors",
            "SELECT e.message FROM wf_execution_errors e JOIN wf_workflows w ON w.id = e.workflow_id WHERE w.reference = @reference"
        );
        await Dump(
            "outbox",
            "SELECT kind, signal, dispatched_at, attempts, last_error FROM outbox WHERE application_id::text = @reference"
        );
        await Dump(
            "advisory locks",
            "SELECT l.objid, l.classid, a.application_name, a.pid, a.state FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory'"
        );
        await Dump("claimed instances", "SELECT count(*) FROM wf_workflows WHERE claimed_until_utc_ticks IS NOT NULL");
        return text.ToString();
    }
}
