using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Security;

/// <summary>
/// One app per provider for the server-side session tests, on a clock the tests move forward to expire sessions. A
/// class's tests run one at a time, so a move never lands in the middle of another test; each test signs in afresh.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "Design",
    "CA1001",
    Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync."
)]
public abstract class SessionApp(string provider) : IAsyncLifetime
{
    private TestDatabase? _database;
    private AppFactory? _app;

    public ShiftedClock Clock { get; } = new();

    public AppFactory App
    {
        get
        {
            if (provider == "Postgres")
                TestDatabase.RequirePostgres();
            return _app ?? throw new InvalidOperationException("The session app did not start.");
        }
    }

    public Task InitializeAsync()
    {
        if (provider == "Postgres" && !TestDatabase.PostgresAvailable)
            return Task.CompletedTask;
        _database = TestDatabase.Create(provider);
        _app = new AppFactory(_database, s => s.AddSingleton<TimeProvider>(Clock));
        _ = _app.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
        _database?.Dispose();
    }
}

public sealed class SqliteSessionApp() : SessionApp("Sqlite");

public sealed class PostgresSessionApp() : SessionApp("Postgres");
