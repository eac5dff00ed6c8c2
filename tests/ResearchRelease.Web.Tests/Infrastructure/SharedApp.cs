namespace ResearchRelease.Web.Tests.Infrastructure;

/// <summary>
/// One app on one database, shared by the tests of a class that only read or make their own data.
/// A subclass per provider, so the same tests run on SQLite and on PostgreSQL.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "Design",
    "CA1001",
    Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync."
)]
public abstract class SharedApp(string provider, IReadOnlyDictionary<string, string>? settings = null) : IAsyncLifetime
{
    private TestDatabase? _database;
    private AppFactory? _app;

    /// <summary>The running app; on PostgreSQL without a server this skips the test locally and fails it in CI.</summary>
    public AppFactory App
    {
        get
        {
            if (provider == "Postgres")
                TestDatabase.RequirePostgres();
            return _app ?? throw new InvalidOperationException("The shared app did not start.");
        }
    }

    public Task InitializeAsync()
    {
        if (provider == "Postgres" && !TestDatabase.PostgresAvailable)
            return Task.CompletedTask;
        _database = TestDatabase.Create(provider);
        _app = new AppFactory(_database, settings: settings);
        _ = _app.Server; // start now, so the first test does not pay for it alone
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
        _database?.Dispose();
    }
}

public sealed class SqliteSharedApp() : SharedApp("Sqlite");

public sealed class PostgresSharedApp() : SharedApp("Postgres");
