using Microsoft.Extensions.Logging;
using WorkflowCore.Interface;

namespace ResearchRelease.Workflow.Engine;

/// <summary>
/// Starts the WorkflowCore host with the app: it does not start itself, and its definitions must
/// be registered before it polls, or instances of unregistered versions spin.
/// </summary>
internal sealed class ReleaseProcessHostedService(
    EngineBootstrap bootstrap,
    IWorkflowHost host,
    ILogger<ReleaseProcessHostedService> logger
) : Microsoft.Extensions.Hosting.IHostedService
{
    private int _started;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await bootstrap.EnsureReadyAsync(cancellationToken);
        var ready = clock.Elapsed;
        await host.StartAsync(cancellationToken);
        Interlocked.Exchange(ref _started, 1);
        logger.LogInformation(
            "Workflow engine started: store ready in {ReadyMs:F0} ms, host started in {HostMs:F0} ms.",
            ready.TotalMilliseconds,
            (clock.Elapsed - ready).TotalMilliseconds
        );
    }

    /// <summary>
    /// Only a started host is stopped, and only once: WorkflowCore's consumers throw when stopped unstarted, and its
    /// lifecycle-event publisher throws (NullReferenceException, or ObjectDisposedException once the container has
    /// disposed it) when stopped a second time — seen intermittently when a test host was torn down. Every step's
    /// progress is already persisted, so a late teardown error loses nothing and must not turn a stop into a crash.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _started, 0) == 0)
            return;
        try
        {
            await host.StopAsync(cancellationToken);
        }
        catch (ObjectDisposedException)
        {
            // See above: the engine was already tearing down its in-memory queues.
        }
    }
}
