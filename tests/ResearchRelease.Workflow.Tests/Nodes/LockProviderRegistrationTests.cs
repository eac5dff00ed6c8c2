using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Workflow.Nodes;
using ResearchRelease.Workflow.Tests.Support;
using WorkflowCore.Interface;

namespace ResearchRelease.Workflow.Tests.Nodes;

/// <summary>Which lock provider WorkflowCore (and anyone else asking DI for its IDistributedLockProvider) gets.</summary>
public sealed class LockProviderRegistrationTests
{
    [Theory]
    [InlineData("Postgres", true, true, true)]
    [InlineData("postgres", true, false, true)]
    [InlineData("Postgres", false, true, false)]
    [InlineData("Sqlite", true, true, false)]
    public void The_database_lock_provider_is_used_on_PostgreSQL_unless_turned_off(
        string provider,
        bool distributedLocks,
        bool runSteps,
        bool expectDatabaseLocks
    )
    {
        var services = new ServiceCollection();
        services.AddReleaseProcess(
            new ReleaseProcessOptions
            {
                Provider = provider,
                ConnectionString = provider == "Sqlite" ? "Data Source=unused.db" : "Host=127.0.0.1;Username=unused;Database=unused",
                DefinitionsFolder = DefinitionFiles.Folder,
                DistributedLocks = distributedLocks,
                RunSteps = runSteps,
            }
        );
        using var container = services.BuildServiceProvider();

        // Building the provider opens no connection: the assertion needs no server.
        var locks = container.GetRequiredService<IDistributedLockProvider>();

        Assert.Equal(expectDatabaseLocks, locks is PostgresAdvisoryLockProvider);
    }
}
