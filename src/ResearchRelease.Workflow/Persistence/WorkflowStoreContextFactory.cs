using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ResearchRelease.Workflow.Persistence;

/// <summary>
/// A context per call: WorkflowCore resolves the persistence provider once and calls it from several threads at a
/// time, which a shared DbContext does not survive. The contexts come from a pool (EF resets each one when it is
/// disposed), so a pass does not pay for setting up a context's services every time it loads or saves.
/// </summary>
internal sealed class WorkflowStoreContextFactory : IDbContextFactory<WorkflowStoreContext>
{
    private readonly Func<WorkflowStoreContext> _create;

    public WorkflowStoreContextFactory(ReleaseProcessOptions options, EngineStatements statements)
    {
        Statements = statements;
        IsSqlite = StoreProviders.IsSqlite(options.Provider);
        _connectionString = options.ConnectionString;
        if (IsSqlite)
        {
            var sqlite = new PooledDbContextFactory<SqliteWorkflowStoreContext>(
                WorkflowStoreOptions.ForSqlite(options.ConnectionString, statements)
            );
            _create = sqlite.CreateDbContext;
        }
        else
        {
            var postgres = new PooledDbContextFactory<PostgresWorkflowStoreContext>(
                WorkflowStoreOptions.ForPostgres(options.ConnectionString, statements)
            );
            _create = postgres.CreateDbContext;
        }
    }

    private readonly string _connectionString;

    public bool IsSqlite { get; }

    /// <summary>The engine's statement count, which raw commands on these contexts' connections add to.</summary>
    public EngineStatements Statements { get; }

    /// <summary>The context type this factory makes (its migrations are compiled for that type).</summary>
    public Type ContextType => IsSqlite ? typeof(SqliteWorkflowStoreContext) : typeof(PostgresWorkflowStoreContext);

    /// <summary>A plain connection to the store, for the start-up check that must not wait for EF's services.</summary>
    public System.Data.Common.DbConnection CreatePlainConnection() =>
        IsSqlite ? new Microsoft.Data.Sqlite.SqliteConnection(_connectionString) : new Npgsql.NpgsqlConnection(_connectionString);

    public WorkflowStoreContext CreateDbContext() => _create();

    /// <summary>
    /// A context, not pooled, on the connection of a transaction the caller has open, enlisted in it: what it saves commits
    /// or rolls back with the caller's own rows. A failure rolls the whole transaction back, so no savepoint is taken.
    /// </summary>
    public WorkflowStoreContext CreateDbContext(System.Data.Common.DbTransaction transaction)
    {
        var connection = transaction.Connection ?? throw new ArgumentException("The transaction has no connection.", nameof(transaction));
        WorkflowStoreContext db = IsSqlite
            ? new SqliteWorkflowStoreContext(WorkflowStoreOptions.ForSqlite(connection, Statements))
            : new PostgresWorkflowStoreContext(WorkflowStoreOptions.ForPostgres(connection, Statements));
        db.Database.UseTransaction(transaction);
        db.Database.AutoSavepointsEnabled = false;
        return db;
    }
}
