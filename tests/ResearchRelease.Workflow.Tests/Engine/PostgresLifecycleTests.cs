using ResearchRelease.Workflow.Tests.Support;

namespace ResearchRelease.Workflow.Tests.Engine;

/// <summary>
/// A fresh database per test, not per class: each test moves its own clock, and instances left by an earlier test
/// (with deadlines on another clock) would otherwise be run by this test's host alongside its own.
/// </summary>
public sealed class PostgresLifecycleTests(ITestOutputHelper output) : LifecycleScenarios(output)
{
    private readonly PostgresDatabase _database = new();

    internal override StoreUnderTest Store => _database.Store!;

    protected override void SkipIfUnavailable() => _database.SkipIfUnavailable();

    public override Task InitializeAsync() => _database.InitializeAsync();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }
}
