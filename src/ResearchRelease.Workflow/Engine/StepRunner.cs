using Microsoft.Extensions.Logging;
using ResearchRelease.Workflow.Persistence;
using WorkflowCore.Interface;

namespace ResearchRelease.Workflow.Engine;

/// <summary>
/// Runs the instances in this node's <see cref="WorkQueue"/>, a fixed number at a time, each as one
/// <see cref="InstancePass"/>. It replaces WorkflowCore's workflow consumer, which re-queued an instance it found
/// running (a busy loop), slept 100 ms whenever all its slots were busy, and scheduled a database command for every
/// future wake-up.
/// </summary>
internal sealed class StepRunner(
    WorkQueue queue,
    InstancePass pass,
    EfPersistenceProvider store,
    ReleaseProcessOptions options,
    ILogger<StepRunner> logger
) : IBackgroundTask, IDisposable
{
    private CancellationTokenSource? _stopping;
    private Task[] _workers = [];

    public void Start()
    {
        _stopping = new CancellationTokenSource();
        var token = _stopping.Token;
        // Resolved here, not in the workers: a host stopped straight after it started may dispose the container
        // before a worker thread has begun.
        _ = pass.Executor;
        _workers = Enumerable
            .Range(0, Math.Max(1, options.StepConcurrency))
            .Select(_ => Task.Run(() => WorkAsync(token), CancellationToken.None))
            .ToArray();
    }

    /// <summary>
    /// Lets running passes finish (they persist what they did), then hands back the queue's claims. Once only,
    /// whoever comes first: the host stopping the engine, or the container disposing this.
    /// </summary>
    public void Stop()
    {
        var stopping = Interlocked.Exchange(ref _stopping, null);
        if (stopping is null)
        {
            return;
        }

        stopping.Cancel();
        try
        {
            if (!Task.WaitAll(_workers, TimeSpan.FromSeconds(30)))
            {
                logger.LogWarning("Workflow steps still running 30 seconds after the engine was asked to stop.");
            }
        }
        catch (AggregateException ex)
        {
            // A worker that failed outside a pass must not stop the rest of the shutdown (claims, the host).
            logger.LogWarning(ex, "A workflow step runner failed while the engine stopped.");
        }

        try
        {
            store.ReleaseClaimsAsync(queue.PendingIds(), CancellationToken.None).Wait(TimeSpan.FromSeconds(5));
        }
        catch (Exception ex)
        {
            // Unreleased claims lapse by themselves (ReleaseProcessOptions.ClaimDuration).
            logger.LogInformation(ex, "Claims on queued workflows were not handed back at stop.");
        }

        stopping.Dispose();
    }

    private async Task WorkAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            string id;
            try
            {
                id = await queue.TakeAsync(stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await pass.RunAndFinishAsync(id, stopping);
        }
    }

    public void Dispose() => Stop();
}
