using ResearchRelease.Workflow.Tests.Support;

namespace ResearchRelease.Workflow.Tests.Engine;

public sealed class SqliteBranchTests(ITestOutputHelper output) : BranchScenarios(output)
{
    internal override StoreUnderTest Store => StoreUnderTest.NewSqliteFile(SqliteFolder);
}
