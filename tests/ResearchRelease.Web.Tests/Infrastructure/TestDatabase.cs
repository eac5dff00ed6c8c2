using Npgsql;

namespace ResearchRelease.Web.Tests.Infrastructure;

/// <summary>
/// A database of its own for one test fixture: a temporary SQLite file, or a fresh PostgreSQL database on the
/// server named by <c>RR_TEST_POSTGRES</c>. In CI (<c>CI=true</c>) a missing server is a failure, not a skip:
/// a suite must never pass by not running. Each starts as a copy of one database the real app migrated and
/// seeded once per test run (<see cref="TemplateDatabases"/>), so an app starting on it has nothing to migrate;
/// <see cref="Empty"/> gives a database with no schema, for the tests of migration itself.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgresVariable = "RR_TEST_POSTGRES";

    private TestDatabase(string provider, string connectionString, Action cleanup)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _cleanup = cleanup;
    }

    private readonly Action _cleanup;

    private static readonly Lock TemplateCopy = new();

    public string Provider { get; }
    public string ConnectionString { get; }
    public bool IsPostgres => Provider == "Postgres";

    public static TestDatabase Create(string provider) => provider == "Postgres" ? Postgres() : Sqlite();

    /// <summary>A database without any schema: the app migrates it on its first start.</summary>
    public static TestDatabase Empty(string provider) =>
        provider == "Postgres" ? PostgresOn(PostgresServer(), template: null) : EmptySqlite();

    public static TestDatabase Sqlite()
    {
        var database = EmptySqlite();
        File.Copy(TemplateDatabases.SqliteFile, SqliteFile(database.ConnectionString));
        return database;
    }

    internal static TestDatabase EmptySqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "rr-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new TestDatabase("Sqlite", $"Data Source={Path.Combine(folder, "app.db")}", () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        });
    }

    internal static string SqliteFile(string connectionString) =>
        new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;

    public static bool PostgresAvailable => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable));

    public static bool MustRunEverything =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Call first in every PostgreSQL test: skips locally without a server, fails in CI.</summary>
    public static void RequirePostgres()
    {
        if (PostgresAvailable)
            return;
        if (MustRunEverything)
            throw new InvalidOperationException(
                $"CI=true but {PostgresVariable} is not set: the PostgreSQL suite cannot be skipped in CI."
            );
        Skip.If(true, $"Set {PostgresVariable} to a PostgreSQL connection string to run this test.");
    }

    private static TestDatabase Postgres() => PostgresOn(PostgresServer(), TemplateDatabases.PostgresName);

    internal static string PostgresServer() =>
        LoopbackPostgres.WithoutTls(
            Environment.GetEnvironmentVariable(PostgresVariable) ?? throw new InvalidOperationException($"{PostgresVariable} is not set.")
        );

    /// <summary>A fresh database on the given server (the shared one, or a test's private server), empty or a copy of a template.</summary>
    public static TestDatabase PostgresOn(string server, string? template = null)
    {
        var name = "rr_test_" + Guid.NewGuid().ToString("N")[..12];
        using (var admin = new NpgsqlConnection(server))
        {
            admin.Open();
            using var create = new NpgsqlCommand(
                template is null ? $"CREATE DATABASE {name}" : $"CREATE DATABASE {name} TEMPLATE {template}",
                admin
            );
            // PostgreSQL refuses to copy a template that another copy is reading ("being accessed by other users");
            // the template is this process's own, so copying one at a time here is enough.
            if (template is null)
                create.ExecuteNonQuery();
            else
                lock (TemplateCopy)
                    create.ExecuteNonQuery();
        }
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestDatabase("Postgres", connection, () =>
        {
            NpgsqlConnection.ClearAllPools();
            using var admin = new NpgsqlConnection(server);
            admin.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
            drop.ExecuteNonQuery();
        });
    }

    public void Dispose() => _cleanup();
}
