using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace ResearchRelease.Workflow.Persistence;

/// <summary>The EF options of each store context, shared by the app and the design-time factories.</summary>
internal static class WorkflowStoreOptions
{
    public static DbContextOptions<SqliteWorkflowStoreContext> ForSqlite(string connectionString, EngineStatements? statements = null) =>
        Sqlite(
            new DbContextOptionsBuilder<SqliteWorkflowStoreContext>().UseSqlite(connectionString, sqlite =>
                sqlite.MigrationsHistoryTable(WorkflowStoreContext.MigrationsHistoryTable)
            ),
            statements
        );

    /// <summary>On a connection the caller has open (and a transaction of its own on it).</summary>
    public static DbContextOptions<SqliteWorkflowStoreContext> ForSqlite(DbConnection connection, EngineStatements statements) =>
        Sqlite(
            new DbContextOptionsBuilder<SqliteWorkflowStoreContext>().UseSqlite(connection, sqlite =>
                sqlite.MigrationsHistoryTable(WorkflowStoreContext.MigrationsHistoryTable)
            ),
            statements
        );

    public static DbContextOptions<PostgresWorkflowStoreContext> ForPostgres(
        string connectionString,
        EngineStatements? statements = null
    ) =>
        Postgres(
            new DbContextOptionsBuilder<PostgresWorkflowStoreContext>().UseNpgsql(connectionString, npgsql =>
                npgsql.MigrationsHistoryTable(WorkflowStoreContext.MigrationsHistoryTable)
            ),
            statements
        );

    /// <summary>On a connection the caller has open (and a transaction of its own on it).</summary>
    public static DbContextOptions<PostgresWorkflowStoreContext> ForPostgres(DbConnection connection, EngineStatements statements) =>
        Postgres(
            new DbContextOptionsBuilder<PostgresWorkflowStoreContext>().UseNpgsql(connection, npgsql =>
                npgsql.MigrationsHistoryTable(WorkflowStoreContext.MigrationsHistoryTable)
            ),
            statements
        );

    private static DbContextOptions<SqliteWorkflowStoreContext> Sqlite(
        DbContextOptionsBuilder<SqliteWorkflowStoreContext> builder,
        EngineStatements? statements
    ) =>
        builder
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(statements is null ? [SqliteBusyTimeout.Instance] : [SqliteBusyTimeout.Instance, statements.Interceptor])
            .Options;

    private static DbContextOptions<PostgresWorkflowStoreContext> Postgres(
        DbContextOptionsBuilder<PostgresWorkflowStoreContext> builder,
        EngineStatements? statements
    ) => builder.UseSnakeCaseNamingConvention().AddInterceptors(statements is null ? [] : [statements.Interceptor]).Options;
}
