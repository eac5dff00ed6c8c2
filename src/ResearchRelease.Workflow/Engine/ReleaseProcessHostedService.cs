using WorkflowCore.Interface;

namespace ResearchRelease.Workflow.Engine;

/// <summary>
/// Starts the WorkflowCore host with the app: it does not start itself, and its definitions must
/// be registered before it polls, or instances of unregistered versions spin.
/// </summary>
internal sealed class ReleaseProcessHostedService(EngineBootstrap bootstrap, IWorkflowHost host) : Microsoft.Extensions.Hosting.IHostedService
{
    private bool _started;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await bootstrap.EnsureReadyAsync(cancellationToken);
        await host.StartAsync(cancellationToken);
        _started = true;
    }

    /// <summary>Only a started host is stopped: WorkflowCore's consumers throw when stopped unstarted.</summary>
    public Task StopAsync(CancellationToken cancellationToken) =>
        _started ? host.StopAsync(cancellationToken) : Task.CompletedTask;
}
