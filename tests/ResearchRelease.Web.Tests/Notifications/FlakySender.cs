using System.Collections.Concurrent;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Notifications;

namespace ResearchRelease.Web.Tests.Notifications;

/// <summary>
/// Fault injection around the real local sender: refuses each message its first <paramref name="failures"/> times
/// (int.MaxValue: always), as a provider that is down would, then delivers through the local outbox.
/// </summary>
public sealed class FlakySender(int failures, TimeProvider clock) : INotificationSender
{
    private readonly LocalOutboxSender _inner = new(clock);
    private readonly ConcurrentDictionary<long, int> _refused = new();

    public bool SharesTransaction => true;

    public Task<string> SendAsync(QueuedNotification n, AppDbContext db, CancellationToken ct)
    {
        var refusedSoFar = _refused.GetOrAdd(n.Id, 0);
        if (refusedSoFar < failures)
        {
            _refused[n.Id] = refusedSoFar + 1;
            throw new HttpRequestException($"Provider unavailable (refusal {refusedSoFar + 1}).");
        }
        return _inner.SendAsync(n, db, ct);
    }

    public Task<string?> FindSentAsync(QueuedNotification n, AppDbContext db, CancellationToken ct) => _inner.FindSentAsync(n, db, ct);
}
