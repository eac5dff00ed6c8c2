using ResearchRelease.Workflow.Tests.Support;

namespace ResearchRelease.Workflow.Tests.Engine;

public sealed class PostgresLifecycleTests(PostgresDatabase database, ITestOutputHelper output)
    : LifecycleScenarios(output), IClassFixture<PostgresDatabase>
{
    internal override StoreUnderTest Store => database.Store!;

    protected override void SkipIfUnavailable() => database.SkipIfUnavailable();
}
