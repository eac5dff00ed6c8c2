using System.Text;
using Microsoft.EntityFrameworkCore;
using ResearchRelease.Workflow.Persistence.Entities;

namespace ResearchRelease.Workflow.Persistence;

/// <summary>
/// Writes journal entries in the caller's unit of work, in one statement. A keyed entry already in the journal (a step
/// the engine runs again after a crash) is skipped by the database rather than failing the statement, so the entries
/// can be written in the transaction that saves the instance: a pass leaves its journal exactly when it leaves its
/// progress, and a pass that crashes before its save leaves neither.
/// </summary>
internal static class JournalRows
{
    private const string Columns = "application_id, workflow_id, round, node, kind, detail, actor, occurred_at_utc_ticks, dedupe_key";
    private const int ColumnCount = 9;

    public static async Task InsertAsync(
        WorkflowStoreContext db,
        IReadOnlyList<StoredJournalEntry> rows,
        CancellationToken cancellationToken
    )
    {
        if (rows.Count == 0)
            return;
        var sql = new StringBuilder("INSERT INTO wf_journal (").Append(Columns).Append(") VALUES ");
        var values = new object?[rows.Count * ColumnCount];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var at = i * ColumnCount;
            values[at] = row.ApplicationId;
            values[at + 1] = row.WorkflowId;
            values[at + 2] = row.Round;
            values[at + 3] = row.Node;
            values[at + 4] = row.Kind;
            values[at + 5] = row.Detail;
            values[at + 6] = row.Actor;
            values[at + 7] = row.OccurredAtUtcTicks;
            values[at + 8] = row.DedupeKey;
            sql.Append(i == 0 ? "(" : ", (");
            for (var c = 0; c < ColumnCount; c++)
                sql.Append(c == 0 ? "" : ", ").Append('{').Append(at + c).Append('}');
            sql.Append(')');
        }

        // Both providers take a bare DO NOTHING; the only unique index besides the key is the dedupe key's.
        sql.Append(" ON CONFLICT DO NOTHING");
        await db.Database.ExecuteSqlRawAsync(sql.ToString(), values!, cancellationToken);
    }
}
