using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ResearchRelease.Workflow.Engine;
using ResearchRelease.Workflow.Persistence;

namespace ResearchRelease.Workflow.Tests.Support;

/// <summary>
/// One "process" of the app: its own container, engine host and poller, on a shared store.
/// Two of these on one database stand for a restart (never both running steps at once).
/// </summary>
internal sealed class ProcessHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly List<IHostedService> _hosted;
    private bool _stopped;

    private ProcessHost(ServiceProvider services)
    {
        _services = services;
        _hosted = services.GetServices<IHostedService>().ToList();
    }

    public IReleaseProcess Process => _services.GetRequiredService<IReleaseProcess>();

    public static async Task<ProcessHost> StartAsync(
        StoreUnderTest store,
        IProcessActivities activities,
        ITestOutputHelper output,
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
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(new XunitLoggerProvider(output, name)));
        services.AddSingleton(activities);
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        if (anchors is not null)
        {
            services.AddSingleton(anchors);
        }

        if (startGate is not null)
        {
            services.AddSingleton(startGate);
        }

        services.AddReleaseProcess(
            new ReleaseProcessOptions
            {
                Provider = store.Provider,
                ConnectionString = store.ConnectionString,
                DefinitionsFolder = definitionsFolder ?? DefinitionFiles.V1OnlyFolder,
                PollInterval = TimeSpan.FromMilliseconds(200),
                RunSteps = runSteps,
                ActivityRetryInterval = TimeSpan.FromMilliseconds(300),
                MaxActivityAttempts = maxActivityAttempts,
                TimerPeriods = new Dictionary<string, string>(timerPeriods ?? new Dictionary<string, string>(), StringComparer.Ordinal),
                SweepInterval = sweepInterval ?? TimeSpan.FromMinutes(5),
            }
        );
        var host = new ProcessHost(
            services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true })
        );
        try
        {
            foreach (var hosted in host._hosted)
            {
                await hosted.StartAsync(CancellationToken.None);
            }
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    /// <summary>How many statements this host's engine has sent to the store.</summary>
    public long Statements => _services.GetRequiredService<EngineStatements>().Count;

    /// <summary>The engine's journal writer itself, for tests of how it writes.</summary>
    public Journal.ProcessJournal Journal => _services.GetRequiredService<Journal.ProcessJournal>();

    /// <summary>A new context on the store, to look at the rows themselves.</summary>
    public WorkflowStoreContext OpenStore() => _services.GetRequiredService<WorkflowStoreContextFactory>().CreateDbContext();

    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        foreach (var hosted in Enumerable.Reverse(_hosted))
        {
            await hosted.StopAsync(CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _services.DisposeAsync();
    }
}
