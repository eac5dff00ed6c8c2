using System.Collections.Concurrent;
using WorkflowCore.Interface;

namespace ResearchRelease.Workflow.Engine;

/// <summary>
/// WorkflowCore's queue port on a node that runs steps. Workflow ids go to the de-duplicating
/// <see cref="WorkQueue"/>, which <see cref="StepRunner"/> consumes; event ids (for instances that still wait on a
/// WorkflowCore event subscription) to a small queue that holds each id once, for WorkflowCore's event consumer;
/// search-index requests are dropped, as there is no search index.
/// </summary>
internal sealed class NodeQueueProvider(WorkQueue work) : IQueueProvider
{
    private readonly ConcurrentQueue<string> _events = new();
    private readonly ConcurrentDictionary<string, byte> _queuedEvents = new(StringComparer.Ordinal);

    public bool IsDequeueBlocking => false;

    public Task QueueWork(string id, QueueType queue)
    {
        if (queue == QueueType.Workflow)
        {
            // An instance held for its first pass is not there for a runner to load until the caller's transaction commits;
            // the caller runs it then if it must (IReleaseProcess.RunNowAsync), and its claim lapses to the pollers if it cannot.
            if (!Persistence.EfPersistenceProvider.Holding)
                work.Enqueue(id);
        }
        else if (queue == QueueType.Event && _queuedEvents.TryAdd(id, 0))
        {
            _events.Enqueue(id);
        }

        return Task.CompletedTask;
    }

    /// <summary>Only WorkflowCore's event consumer dequeues here; workflows are taken by <see cref="StepRunner"/>.</summary>
    public Task<string> DequeueWork(QueueType queue, CancellationToken cancellationToken)
    {
        if (queue == QueueType.Event && _events.TryDequeue(out var id))
        {
            _queuedEvents.TryRemove(id, out _);
            return Task.FromResult(id);
        }

        return Task.FromResult<string>(null!);
    }

    public Task Start() => Task.CompletedTask;

    public Task Stop() => Task.CompletedTask;

    public void Dispose() { }
}
