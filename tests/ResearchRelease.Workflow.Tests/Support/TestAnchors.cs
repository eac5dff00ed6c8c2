using System.Collections.Concurrent;

namespace ResearchRelease.Workflow.Tests.Support;

/// <summary>Anchor dates set by a test; a round without its own date uses the latest earlier round's.</summary>
internal sealed class TestAnchors : IProcessAnchors
{
    private readonly ConcurrentDictionary<(Guid App, string Anchor, int Round), DateTimeOffset> _dates = new();

    public TestAnchors Set(Guid applicationId, string anchor, int fromRound, DateTimeOffset date)
    {
        _dates[(applicationId, anchor, fromRound)] = date;
        return this;
    }

    /// <summary>Called as an anchor is resolved, in the engine's pass: lets a test act at that point of a wait's start.</summary>
    public Action<string>? Resolving { get; set; }

    public Task<DateTimeOffset?> ResolveAsync(Guid applicationId, int round, string anchor, CancellationToken cancellationToken)
    {
        Resolving?.Invoke(anchor);
        var date = _dates
            .Where(d => d.Key.App == applicationId && d.Key.Anchor == anchor && d.Key.Round <= round)
            .OrderByDescending(d => d.Key.Round)
            .Select(d => (DateTimeOffset?)d.Value)
            .FirstOrDefault();
        return Task.FromResult(date);
    }
}
