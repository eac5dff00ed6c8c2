using ResearchRelease.Workflow.Tests.Support;

namespace ResearchRelease.Workflow.Tests.Engine;

public sealed class SqliteUpgradeTests(ITestOutputHelper output) : UpgradeScenarios(output)
{
    internal override StoreUnderTest Store => StoreUnderTest.NewSqliteFile(SqliteFolder);
}
