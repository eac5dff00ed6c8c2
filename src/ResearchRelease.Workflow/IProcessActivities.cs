namespace ResearchRelease.Workflow;

/// <summary>
/// The side effects of the release process, implemented by the web app and resolved from a fresh
/// DI scope for every step execution.
/// </summary>
/// <remarks>
/// The engine runs each activity at least once: a crash or a host stop between the side effect and
/// the engine's own save re-runs it. Every implementation must therefore be idempotent per
/// (<see cref="ActivityContext.ApplicationId"/>, <see cref="ActivityContext.Round"/>,
/// <see cref="ActivityContext.Activity"/>), for example with a unique constraint on those three.
/// The returned string is the outcome that picks the next node (see workflows/README.md); an
/// activity whose node has a single <c>next</c> may return any value, conventionally "done".
/// </remarks>
public interface IProcessActivities
{
    Task<string> RunAsync(ActivityContext context, CancellationToken cancellationToken);
}
