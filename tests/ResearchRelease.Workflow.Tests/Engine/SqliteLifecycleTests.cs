using ResearchRelease.Workflow.Tests.Support;

namespace ResearchRelease.Workflow.Tests.Engine;

public sealed class SqliteLifecycleTests(ITestOutputHelper output) : LifecycleScenarios(output)
{
    internal override StoreUnderTest Store => StoreUnderTest.NewSqliteFile(SqliteFolder);
}
