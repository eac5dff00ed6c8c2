using ResearchRelease.Workflow.Tests.Support;

namespace ResearchRelease.Workflow.Tests.Engine;

public sealed class SqliteRestartTests(ITestOutputHelper output) : RestartScenarios(output)
{
    internal override StoreUnderTest Store => StoreUnderTest.NewSqliteFile(SqliteFolder);
}
