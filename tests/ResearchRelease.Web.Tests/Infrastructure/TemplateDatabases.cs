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
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(template.ConnectionString).Database!;
        Seal(name);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => template.Dispose();
        return name;
    }

    /// <summary>
    /// CREATE DATABASE ... TEMPLATE refuses while any session is connected to the template. Under load the migrating
    /// app's shutdown can time out and leave a background connection open (a lock or engine connection, not an idle
    /// pooled one), which then blocks every copy for the rest of the run. Nothing may use the template once it is
    /// made: refuse new connections and end any that are left.
    /// </summary>
    private static void Seal(string name)
    {
        using var admin = new NpgsqlConnection(TestDatabase.PostgresServer());
        admin.Open();
        using var seal = new NpgsqlCommand(
            $"ALTER DATABASE {name} WITH ALLOW_CONNECTIONS false; "
                + "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @name AND pid <> pg_backend_pid();",
            admin
        );
        seal.Parameters.AddWithValue("name", name);
        seal.ExecuteNonQuery();
    }

    private static void MigrateWithTheApp(TestDatabase database)
    {
        using var app = new AppFactory(database);
        _ = app.Server;
    }
}
