using Microsoft.Data.Sqlite;
using Npgsql;

namespace ResearchRelease.Web.Tests.Infrastructure;

/// <summary>
/// One database per provider, migrated and seeded by the real app's own start-up once per test run; every test
/// database begins as a copy of it. Migrating costs more than a second an app (the engine's schema and ours), and
/// hundreds of apps start in a run. A copy is the same schema the app would have made: it is the app that made it.
/// </summary>
internal static class TemplateDatabases
{
    private static readonly Lazy<string> Sqlite = new(CreateSqlite, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<string> Postgres = new(CreatePostgres, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string SqliteFile => Sqlite.Value;

    public static string PostgresName => Postgres.Value;

    private static string CreateSqlite()
    {
        var template = TestDatabase.EmptySqlite();
        MigrateWithTheApp(template);
        var file = TestDatabase.SqliteFile(template.ConnectionString);
        // Fold the write-ahead log into the file, so that copying the one file copies everything.
        using (var connection = new SqliteConnection(template.ConnectionString))
        {
            connection.Open();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            checkpoint.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => template.Dispose();
        return file;
    }

    private static string CreatePostgres()
    {
        var template = TestDatabase.PostgresOn(TestDatabase.PostgresServer());
        MigrateWithTheApp(template);
        // CREATE DATABASE ... TEMPLATE refuses while anyone is connected to the template.
        // The app's engine keeps connections of its own; closing every idle pooled connection closes those too.
        NpgsqlConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => template.Dispose();
        return new NpgsqlConnectionStringBuilder(template.ConnectionString).Database!;
    }

    private static void MigrateWithTheApp(TestDatabase database)
    {
        using var app = new AppFactory(database);
        _ = app.Server;
    }
}
