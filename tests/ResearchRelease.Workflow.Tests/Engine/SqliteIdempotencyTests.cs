using ResearchRelease.Workflow.Tests.Support;

namespace ResearchRelease.Workflow.Tests.Engine;

public sealed class SqliteIdempotencyTests(ITestOutputHelper output) : IdempotencyScenarios(output)
{
    internal override StoreUnderTest Store => StoreUnderTest.NewSqliteFile(SqliteFolder);
}
