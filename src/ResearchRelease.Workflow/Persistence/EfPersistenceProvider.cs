using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ResearchRelease.Workflow.Engine;
using ResearchRelease.Workflow.Persistence.Entities;
using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace ResearchRelease.Workflow.Persistence;

/// <summary>
/// WorkflowCore's persistence on EF Core (its own EF package is not available to this project).
/// Split by repository across partial files; this one holds set-up, errors and the queries the
/// release process adds for idempotency.
/// </summary>
internal sealed partial class EfPersistenceProvider(
    WorkflowStoreContextFactory contexts,
    ReleaseProcessOptions options,
    DueBell bell,
    TimeProvider? time = null,
    ILogger<EfPersistenceProvider>? logger = null
) : IPersistenceProvider
{
    private static readonly string RunnableStatus = WorkflowStatus.Runnable.ToString();
    private static readonly string[] UnfinishedStatuses = [RunnableStatus, WorkflowStatus.Suspended.ToString()];

    private readonly Lock _ensuring = new();

    /// <summary>The rows of each instance loaded for a run, as loaded, until that run saves it.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, StoredWorkflow> _loaded = new(StringComparer.Ordinal);
    private bool _storeEnsured;

    /// <summary>Applies the migrations; called by the host at start, and once only per process.</summary>
    public void EnsureStoreExists()
    {
        lock (_ensuring)
        {
            if (_storeEnsured)
            {
                return;
            }

            if (contexts.IsSqlite)
            {
                CreateSqliteFolder(options.ConnectionString);
            }

            // Migrate() also diffs the model against the snapshot (EF 9+), and even asking EF for pending migrations
            // builds the model first: a restart on an up-to-date store reads the history table and nothing else.
            using var plain = contexts.CreatePlainConnection();
            if (!MigrationHistory.AllApplied(plain, contexts.ContextType, WorkflowStoreContext.MigrationsHistoryTable))
            {
                using var db = contexts.CreateDbContext();
                if (db.Database.GetPendingMigrations().Any())
                {
                    db.Database.Migrate();
                }

                if (contexts.IsSqlite)
                {
                    // WAL lets the poller read while a step writes; the mode is stored in the file, so once is enough.
                    db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
                }
            }

            _storeEnsured = true;
        }
    }

    public async Task PersistErrors(IEnumerable<ExecutionError> errors, CancellationToken cancellationToken = default)
    {
        // Called after every execution, nearly always with nothing to store.
        var rows = ErrorRows(errors);
        if (rows.Count == 0)
        {
            return;
        }

        await using var db = contexts.CreateDbContext();
        db.ExecutionErrors.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static List<StoredExecutionError> ErrorRows(IEnumerable<ExecutionError> errors) =>
        errors
            .Select(e => new StoredExecutionError
            {
                WorkflowId = e.WorkflowId,
                ExecutionPointerId = e.ExecutionPointerId,
                ErrorTimeUtcTicks = UtcTicks.From(e.ErrorTime),
                Message = e.Message,
            })
            .ToList();

    /// <summary>The instance started for a reference (the application id), or null.</summary>
    public async Task<WorkflowInstance?> FindByReferenceAsync(string reference, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var row = await db
            .Workflows.AsNoTracking()
            .Include(w => w.ExecutionPointers)
            .SingleOrDefaultAsync(w => w.Reference == reference, cancellationToken);
        return row is null ? null : WorkflowMapper.ToInstance(row);
    }

    /// <summary>The id of the instance with this reference, or null; the instance itself is not read.</summary>
    public async Task<string?> FindIdByReferenceAsync(string reference, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Workflows.Where(w => w.Reference == reference).Select(w => w.Id).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Whether an event with this name and key was ever stored, processed or not.</summary>
    public async Task<bool> EventExistsAsync(string eventName, string eventKey, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Events.AnyAsync(e => e.EventName == eventName && e.EventKey == eventKey, cancellationToken);
    }

    /// <summary>The definition versions that unfinished instances are pinned to.</summary>
    /// <summary>
    /// Read at start, before the first page: plain SQL on a plain connection, so it does not wait for EF to build
    /// its services and model (the engine's first claim does that, in the background).
    /// </summary>
    public async Task<IReadOnlyList<(string DefinitionId, int Version)>> GetDefinitionVersionsInUseAsync(
        CancellationToken cancellationToken
    )
    {
        await using var connection = contexts.CreatePlainConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT workflow_definition_id, version FROM wf_workflows WHERE status IN (@runnable, @suspended)";
        foreach (var (name, value) in new[] { ("@runnable", UnfinishedStatuses[0]), ("@suspended", UnfinishedStatuses[1]) })
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        var versions = new List<(string, int)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add((reader.GetString(0), Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return versions;
    }

    private static void CreateSqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(dataSource) && dataSource != ":memory:" && !string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
