using WorkflowCore.Interface;

namespace ResearchRelease.Workflow.Engine;

/// <summary>
/// The queue of a web-only node (<see cref="ReleaseProcessOptions.RunSteps"/> false). Nothing
/// consumes work there, so queued ids are dropped instead of piling up in memory: the node that
/// runs steps finds new instances and events by polling the database.
/// </summary>
internal sealed class DiscardingQueueProvider : IQueueProvider
{
    public bool IsDequeueBlocking => false;

    public Task QueueWork(string id, QueueType queue) => Task.CompletedTask;

    public Task<string> DequeueWork(QueueType queue, CancellationToken cancellationToken) => Task.FromResult<string>(null!);

    public Task Start() => Task.CompletedTask;

    public Task Stop() => Task.CompletedTask;

    public void Dispose() { }
}
