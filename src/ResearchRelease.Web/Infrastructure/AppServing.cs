using ResearchRelease.Workflow.Engine;

namespace ResearchRelease.Web.Infrastructure;

/// <summary>
/// Work after start that reads the database (the warm-up, the outbox and notification loops, the engine's poller)
/// waits until the app is serving: started, and its first response sent or <see cref="Patience"/> gone by without a
/// request. The first read builds EF's model of the whole database, a few hundred milliseconds of CPU that the first
/// page does not need; begun the moment the host listened, on a two-core machine it took the cores from the first
/// request.
/// </summary>
public sealed class AppServing(IHostApplicationLifetime lifetime) : IEngineStartGate
{
    /// <summary>How long a node that nobody asks for a page waits before it starts that work anyway.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(1);

    private readonly TaskCompletionSource _answered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool HasAnswered => _answered.Task.IsCompleted;

    /// <summary>Called by the pipeline once a response has been sent.</summary>
    public void Answered() => _answered.TrySetResult();

    /// <summary>Completes once the app is serving; returns false if it is stopping instead.</summary>
    public async Task<bool> WaitAsync(CancellationToken stopping)
    {
        if (!lifetime.ApplicationStarted.IsCancellationRequested)
        {
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
            using var onStopping = stopping.Register(() => started.TrySetResult());
            await started.Task;
        }

        if (!stopping.IsCancellationRequested)
            await Task.WhenAny(_answered.Task, Task.Delay(Patience, stopping));
        return !stopping.IsCancellationRequested;
    }

    Task IEngineStartGate.WaitAsync(CancellationToken stopping) => WaitAsync(stopping);
}
