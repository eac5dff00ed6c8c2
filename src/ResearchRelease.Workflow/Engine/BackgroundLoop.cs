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

    /// <summary>
    /// Once only, whoever comes first: the host stopping the engine, or the container disposing this (a test host may
    /// dispose the container before, or while, it stops the host).
    /// </summary>
    public void Stop()
    {
        var stopping = Interlocked.Exchange(ref _stopping, null);
        if (stopping is null)
        {
            return;
        }

        stopping.Cancel();
        _loop.Wait(TimeSpan.FromSeconds(10));
        stopping.Dispose();
    }

    public void Dispose() => Stop();

    protected abstract Task RunAsync(CancellationToken stopping);
}
