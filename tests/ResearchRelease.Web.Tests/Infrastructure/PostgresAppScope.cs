using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Tests.Infrastructure;

/// <summary>
/// A started app on a fresh PostgreSQL database, with a scope's context: for the tests of what PostgreSQL itself refuses
/// (the append-only triggers), which SQLite does not have.
/// </summary>
public sealed class PostgresAppScope : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly IServiceScope _scope;

    private PostgresAppScope(TestDatabase database, AppFactory app)
    {
        _database = database;
        App = app;
        _ = app.Server;
        _scope = app.Services.CreateScope();
        Db = _scope.ServiceProvider.GetRequiredService<AppDbContext>();
    }

    public AppFactory App { get; }

    public AppDbContext Db { get; }

    /// <summary>Skips the test when no PostgreSQL is configured (never in CI, which sets one).</summary>
    public static PostgresAppScope Start()
    {
        TestDatabase.RequirePostgres();
        var database = TestDatabase.Create("Postgres");
        var app = new AppFactory(database);
        try
        {
            return new PostgresAppScope(database, app);
        }
        catch
        {
            app.Dispose();
            database.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _scope.Dispose();
        await App.DisposeAsync();
        _database.Dispose();
    }
}
