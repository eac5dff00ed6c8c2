using Microsoft.EntityFrameworkCore;

namespace ResearchRelease.Workflow.Persistence;

/// <summary>The EF options of each store context, shared by the app and the design-time factories.</summary>
internal static class WorkflowStoreOptions
{
    public static DbContextOptions<SqliteWorkflowStoreContext> ForSqlite(string connectionString, EngineStatements? statements = null) =>
        new DbContextOptionsBuilder<SqliteWorkflowStoreContext>()
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(WorkflowStoreContext.MigrationsHistoryTable))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(statements is null
                ? [SqliteBusyTimeout.Instance]
                : [SqliteBusyTimeout.Instance, statements.Interceptor])
            .Options;

    public static DbContextOptions<PostgresWorkflowStoreContext> ForPostgres(string connectionString, EngineStatements? statements = null) =>
        new DbContextOptionsBuilder<PostgresWorkflowStoreContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(WorkflowStoreContext.MigrationsHistoryTable))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(statements is null ? [] : [statements.Interceptor])
            .Options;
}
