using ResearchRelease.Workflow.Tests.Support;

namespace ResearchRelease.Workflow.Tests.Persistence;

public sealed class PostgresProviderContractTests(PostgresDatabase database) : ProviderContractScenarios, IClassFixture<PostgresDatabase>
{
    internal override StoreUnderTest Store => database.Store!;

    protected override void SkipIfUnavailable() => database.SkipIfUnavailable();
}
