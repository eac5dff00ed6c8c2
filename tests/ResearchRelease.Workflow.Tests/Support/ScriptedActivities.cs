using System.Collections.Concurrent;

namespace ResearchRelease.Workflow.Tests.Support;

/// <summary>
/// A test <see cref="IProcessActivities"/>: records every call and returns scripted outcomes
/// ("screen" must be scripted per application; others return "done").
/// </summary>
internal sealed class ScriptedActivities : IProcessActivities
{
    private readonly ConcurrentDictionary<(Guid, string), ConcurrentQueue<string>> _outcomes = new();
    private readonly ConcurrentQueue<ActivityContext> _calls = new();

    /// <summary>Runs before the outcome is returned: may block or throw to simulate a crash.</summary>
    public Func<ActivityContext, CancellationToken, Task>? Before { get; set; }

    public IReadOnlyList<ActivityContext> Calls => [.. _calls];

    public ScriptedActivities Script(Guid applicationId, string activity, params string[] outcomes)
    {
        var queue = _outcomes.GetOrAdd((applicationId, activity), _ => new ConcurrentQueue<string>());
        foreach (var outcome in outcomes)
        {
            queue.Enqueue(outcome);
        }

        return this;
    }

    public IReadOnlyList<ActivityContext> CallsFor(Guid applicationId) => Calls.Where(c => c.ApplicationId == applicationId).ToList();

    public async Task<string> RunAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        _calls.Enqueue(context);
        if (Before is { } before)
        {
            await before(context, cancellationToken);
        }

        if (_outcomes.TryGetValue((context.ApplicationId, context.Activity), out var queue))
        {
            return queue.TryDequeue(out var outcome)
                ? outcome
                : throw new InvalidOperationException($"No more scripted outcomes for {context.Activity} of {context.ApplicationId}.");
        }

        return "done";
    }
}
