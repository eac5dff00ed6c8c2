namespace ResearchRelease.Workflow.Engine;

/// <summary>
/// What this node's poller waits for before its first read of the store. That read builds EF Core's model of the
/// engine's tables, a few hundred milliseconds of CPU; a web node waits until it has answered its first request, so
/// that the model is not built on the same two cores as the first page. Work a request starts (a submission's first
/// pass) does not wait; due work waits at most as long as the gate holds.
/// </summary>
public interface IEngineStartGate
{
    Task WaitAsync(CancellationToken stopping);
}

/// <summary>The gate of a node that serves no pages: the poller starts at once.</summary>
internal sealed class OpenEngineStartGate : IEngineStartGate
{
    public Task WaitAsync(CancellationToken stopping) => Task.CompletedTask;
}
