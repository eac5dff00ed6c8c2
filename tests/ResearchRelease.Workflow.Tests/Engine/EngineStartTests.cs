using ResearchRelease.Workflow.Definitions;
using ResearchRelease.Workflow.Persistence.Entities;
using ResearchRelease.Workflow.Tests.Support;

namespace ResearchRelease.Workflow.Tests.Engine;

/// <summary>What the engine refuses at start, rather than misbehave later.</summary>
public sealed class EngineStartTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _folder = new();

    private StoreUnderTest Store => StoreUnderTest.NewSqliteFile(_folder.Path);

    [Fact]
    public async Task An_unfinished_instance_of_a_version_that_is_not_loaded_stops_the_start()
    {
        await using (var host = await ProcessHost.StartAsync(Store, new ScriptedActivities(), output))
        {
            await using var db = host.OpenStore();
            db.Workflows.Add(
                new StoredWorkflow
                {
                    Id = "orphan",
                    WorkflowDefinitionId = "research-release",
                    Version = 99,
                    Status = "Runnable",
                }
            );
            await db.SaveChangesAsync();
        }

        // Such an instance would stay runnable and be polled for ever; better not to start at all.
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => ProcessHost.StartAsync(Store, new ScriptedActivities(), output));
        Assert.Contains("'research-release' version 99", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_definition_folder_stops_the_start()
    {
        using var definitions = new TempFolder();
        File.WriteAllText(Path.Combine(definitions.Path, "research-release.v1.json"), "{}");

        await Assert.ThrowsAsync<ProcessDefinitionException>(() =>
            ProcessHost.StartAsync(Store, new ScriptedActivities(), output, definitionsFolder: definitions.Path)
        );
    }

    [Fact]
    public void Options_are_checked_when_registering()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();

        Assert.Throws<ArgumentException>(() =>
            services.AddReleaseProcess(
                new ReleaseProcessOptions
                {
                    Provider = "Oracle",
                    ConnectionString = "x",
                    DefinitionsFolder = "y",
                }
            )
        );
        Assert.Throws<ArgumentException>(() =>
            services.AddReleaseProcess(new ReleaseProcessOptions { ConnectionString = "", DefinitionsFolder = "y" })
        );
        Assert.Throws<ArgumentException>(() =>
            services.AddReleaseProcess(new ReleaseProcessOptions { ConnectionString = "x", DefinitionsFolder = "" })
        );
    }

    public void Dispose() => _folder.Dispose();
}
