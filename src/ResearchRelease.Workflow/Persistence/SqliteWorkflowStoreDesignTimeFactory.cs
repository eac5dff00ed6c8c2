using Microsoft.EntityFrameworkCore.Design;

namespace ResearchRelease.Workflow.Persistence;

/// <summary>For <c>dotnet ef migrations add ... --context SqliteWorkflowStoreContext</c>; never connects.</summary>
internal sealed class SqliteWorkflowStoreDesignTimeFactory : IDesignTimeDbContextFactory<SqliteWorkflowStoreContext>
{
    public SqliteWorkflowStoreContext CreateDbContext(string[] args) => new(WorkflowStoreOptions.ForSqlite("Data Source=design-time.db"));
}
