using ResearchRelease.Workflow.Tests.Support;

namespace ResearchRelease.Workflow.Tests.Engine;

public sealed class PostgresIdempotencyTests(PostgresDatabase database, ITestOutputHelper output)
    : IdempotencyScenarios(output),
        IClassFixture<PostgresDatabase>
{
    internal override StoreUnderTest Store => database.Store!;

    protected override void SkipIfUnavailable() => database.SkipIfUnavailable();
}
