using ResearchRelease.Workflow.Engine;

namespace ResearchRelease.Workflow.Tests.Support;

/// <summary>
/// The store-independent part of the engine scenarios. Each scenario class has a SQLite variant
/// (a fresh file per test) and a PostgreSQL variant (a fresh database per class).
/// </summary>
public abstract class ScenarioBase(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly List<ProcessHost> _hosts = [];
    private string? _sqliteFolder;

    protected ITestOutputHelper Output { get; } = output;

    internal abstract StoreUnderTest Store { get; }

    /// <summary>A temp folder of this test only, for a SQLite store; deleted at the end of the test.</summary>
    internal string SqliteFolder => _sqliteFolder ??= Directory.CreateTempSubdirectory("rr-wf-").FullName;

    /// <summary>Skips the test when its store is unavailable (PostgreSQL without a server).</summary>
    protected virtual void SkipIfUnavailable() { }

    internal async Task<ProcessHost> StartHostAsync(
        ScriptedActivities activities,
        string name = "host",
        bool runSteps = true,
        int maxActivityAttempts = 5,
        string? definitionsFolder = null,
        TimeProvider? time = null,
        IProcessAnchors? anchors = null,
        IReadOnlyDictionary<string, string>? timerPeriods = null,
        TimeSpan? sweepInterval = null,
        IEngineStartGate? startGate = null
    )
    {
        var host = await ProcessHost.StartAsync(
            Store,
            activities,
            Output,
            name,
            runSteps,
            maxActivityAttempts,
            definitionsFolder,
            time,
            anchors,
            timerPeriods,
            sweepInterval,
            startGate
        );
        _hosts.Add(host);
        return host;
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        if (_sqliteFolder is not null)
        {
            TempFolder.Delete(_sqliteFolder);
        }
    }
}
