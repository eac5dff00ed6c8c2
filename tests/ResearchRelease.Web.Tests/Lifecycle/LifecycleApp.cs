using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Process;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Workflow;

namespace ResearchRelease.Web.Tests.Lifecycle;

/// <summary>
/// An app of its own with a clock the tests move forward (to reach end dates and due dates), and direct access to
/// the activities the engine's lifecycle timers will run: the tests call them as the engine would.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "Design",
    "CA1001",
    Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync."
)]
public abstract class LifecycleApp(string provider) : IAsyncLifetime
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
            return _app ?? throw new InvalidOperationException("The lifecycle app did not start.");
        }
    }

    public async Task<string> RunAsync(string activity, Guid id, int round)
    {
        using var scope = App.Services.CreateScope();
        return await scope
            .ServiceProvider.GetRequiredService<IProcessActivities>()
            .RunAsync(new ActivityContext(activity, id, round), CancellationToken.None);
    }

    public async Task<DateTimeOffset?> AnchorAsync(Guid id, int round, string anchor)
    {
        using var scope = App.Services.CreateScope();
        return await scope
            .ServiceProvider.GetRequiredService<ProcessAnchors>()
            .ResolveAnchorAsync(id, round, anchor, CancellationToken.None);
    }

    /// <summary>The outbox messages written for one application, oldest first.</summary>
    public List<OutboxMessage> Outbox(Guid id)
    {
        using var scope = App.Services.CreateScope();
        return scope
            .ServiceProvider.GetRequiredService<AppDbContext>()
            .Outbox.Where(m => m.ApplicationId == id)
            .OrderBy(m => m.Id)
            .ToList();
    }

    public Task InitializeAsync()
    {
        if (provider == "Postgres" && !TestDatabase.PostgresAvailable)
            return Task.CompletedTask;
        _database = TestDatabase.Create(provider);
        _app = new AppFactory(_database, services => services.AddSingleton<TimeProvider>(Clock));
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

public sealed class SqliteLifecycleApp() : LifecycleApp("Sqlite");

public sealed class PostgresLifecycleApp() : LifecycleApp("Postgres");
