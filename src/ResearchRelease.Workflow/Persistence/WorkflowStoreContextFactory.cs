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

    public bool IsSqlite { get; }

    public WorkflowStoreContext CreateDbContext() => _create();
}
