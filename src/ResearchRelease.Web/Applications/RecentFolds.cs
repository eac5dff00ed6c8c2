using Microsoft.Extensions.Caching.Memory;
using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Web.Applications;

/// <summary>
/// The fold each application stood at after this node last committed an append to it, with the hash of its last event,
/// for the workflow step that follows the command (screening straight after the submission, routing straight after the
/// screening) so that the step need not read and fold every event again.
/// </summary>
/// <remarks>
/// A fold at a version never changes, so an entry can only be older than the store (another node, or another command,
/// appended since). It is used only by steps that append at the version they decided on, and the store refuses an
/// append at any version but the latest (UNIQUE(application_id, sequence)): a stale entry costs a re-read and a second
/// decision, never a record made on old facts. A refused append forgets the entry.
/// </remarks>
public sealed class RecentFolds : IDisposable
{
    /// <summary>A step follows its command within a pass, a second or so; a burst of a few hundred fits.</summary>
    private static readonly MemoryCacheEntryOptions Entry = new() { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(1) };

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 512 });

    public void Remember(Guid id, ApplicationState state, string lastHash) => _cache.Set(id, new Fold(state, lastHash), Entry);

    public void Forget(Guid id) => _cache.Remove(id);

    public Fold? Find(Guid id) => _cache.TryGetValue(id, out Fold? fold) ? fold : null;

    public void Dispose() => _cache.Dispose();

    public sealed record Fold(ApplicationState State, string LastHash);
}
