using Microsoft.EntityFrameworkCore;

namespace ResearchRelease.Workflow.Persistence;

/// <summary>
/// A new context per call: WorkflowCore resolves the persistence provider once and calls it from
/// several threads at a time, which a shared DbContext does not survive.
/// </summary>
internal sealed class WorkflowStoreContextFactory : IDbContextFactory<WorkflowStoreContext>
{
    private readonly Func<WorkflowStoreContext> _create;

    public WorkflowStoreContextFactory(ReleaseProcessOptions options)
    {
        IsSqlite = StoreProviders.IsSqlite(options.Provider);
        _connectionString = options.ConnectionString;
        if (IsSqlite)
        {
            var sqlite = WorkflowStoreOptions.ForSqlite(options.ConnectionString);
            _create = () => new SqliteWorkflowStoreContext(sqlite);
        }
        else
        {
            var postgres = WorkflowStoreOptions.ForPostgres(options.ConnectionString);
            _create = () => new PostgresWorkflowStoreContext(postgres);
        }
    }

    private readonly string _connectionString;

    public bool IsSqlite { get; }

    /// <summary>The context type this factory makes (its migrations are compiled for that type).</summary>
    public Type ContextType => IsSqlite ? typeof(SqliteWorkflowStoreContext) : typeof(PostgresWorkflowStoreContext);

    /// <summary>A plain connection to the store, for the start-up check that must not wait for EF's services.</summary>
    public System.Data.Common.DbConnection CreatePlainConnection() => IsSqlite
        ? new Microsoft.Data.Sqlite.SqliteConnection(_connectionString)
        : new Npgsql.NpgsqlConnection(_connectionString);

    public WorkflowStoreContext CreateDbContext() => _create();
}
