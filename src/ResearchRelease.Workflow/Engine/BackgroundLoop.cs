using WorkflowCore.Interface;

namespace ResearchRelease.Workflow.Engine;

/// <summary>
/// A loop WorkflowCore's host starts and stops with the engine: <see cref="RunAsync"/> runs on the thread pool until
/// the stopping token is cancelled; stopping waits up to ten seconds for it, so a stuck database call cannot hold
/// the host's shutdown for ever.
/// </summary>
internal abstract class BackgroundLoop : IBackgroundTask, IDisposable
{
    private CancellationTokenSource? _stopping;
    private Task _loop = Task.CompletedTask;

    public void Start()
    {
        _stopping = new CancellationTokenSource();
        var token = _stopping.Token;
        _loop = Task.Run(() => RunAsync(token), CancellationToken.None);
    }

    public void Stop()
    {
        if (_stopping is null)
        {
            return;
        }

        _stopping.Cancel();
        _loop.Wait(TimeSpan.FromSeconds(10));
        _stopping.Dispose();
        _stopping = null;
    }

    public void Dispose() => _stopping?.Dispose();

    protected abstract Task RunAsync(CancellationToken stopping);
}
