using Microsoft.EntityFrameworkCore;

namespace ResearchRelease.Workflow.Persistence;

/// <summary>The EF options of each store context, shared by the app and the design-time factories.</summary>
internal static class WorkflowStoreOptions
{
    public static DbContextOptions<SqliteWorkflowStoreContext> ForSqlite(string connectionString) =>
        new DbContextOptionsBuilder<SqliteWorkflowStoreContext>()
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(WorkflowStoreContext.MigrationsHistoryTable))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(SqliteBusyTimeoutInterceptor.Instance)
            .Options;

    public static DbContextOptions<PostgresWorkflowStoreContext> ForPostgres(string connectionString) =>
        new DbContextOptionsBuilder<PostgresWorkflowStoreContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(WorkflowStoreContext.MigrationsHistoryTable))
            .UseSnakeCaseNamingConvention()
            .Options;
}
