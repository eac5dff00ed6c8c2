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

    public Task<DateTimeOffset?> ResolveAsync(Guid applicationId, int round, string anchor, CancellationToken cancellationToken)
    {
        var date = _dates
            .Where(d => d.Key.App == applicationId && d.Key.Anchor == anchor && d.Key.Round <= round)
            .OrderByDescending(d => d.Key.Round)
            .Select(d => (DateTimeOffset?)d.Value)
            .FirstOrDefault();
        return Task.FromResult(date);
    }
}
