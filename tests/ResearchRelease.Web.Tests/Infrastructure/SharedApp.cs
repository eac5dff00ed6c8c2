namespace ResearchRelease.Web.Tests.Infrastructure;

/// <summary>One app on one SQLite database, shared by the tests of a class that only read or make their own data.</summary>
public sealed class SharedApp : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Sqlite();

    public AppFactory App { get; private set; } = null!;

    public Task InitializeAsync()
    {
        App = new AppFactory(_database);
        _ = App.Server; // start now, so the first test does not pay for it alone
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        _database.Dispose();
    }
}
