using Microsoft.EntityFrameworkCore.Design;

namespace ResearchRelease.Workflow.Persistence;

/// <summary>For <c>dotnet ef migrations add ... --context PostgresWorkflowStoreContext</c>; never connects.</summary>
internal sealed class PostgresWorkflowStoreDesignTimeFactory : IDesignTimeDbContextFactory<PostgresWorkflowStoreContext>
{
    public PostgresWorkflowStoreContext CreateDbContext(string[] args) =>
        new(WorkflowStoreOptions.ForPostgres("Host=localhost;Database=design_time"));
}
