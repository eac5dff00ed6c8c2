using ResearchRelease.Workflow.Tests.Support;

namespace ResearchRelease.Workflow.Tests.Engine;

public sealed class PostgresJournalTests(PostgresDatabase database, ITestOutputHelper output)
    : JournalScenarios(output),
        IClassFixture<PostgresDatabase>
{
    internal override StoreUnderTest Store => database.Store!;

    protected override void SkipIfUnavailable() => database.SkipIfUnavailable();
}
