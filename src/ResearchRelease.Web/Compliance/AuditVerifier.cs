using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Compliance;

/// <summary>
/// Walks every application's hash chain (ADR 0007). Events are streamed in (application, sequence) order, so
/// memory holds one application's head at a time plus the read model's versions, whatever the event count.
/// </summary>
public sealed class AuditVerifier(AppDbContext db, TimeProvider clock)
{
    public async Task<AuditReport> VerifyAsync(CancellationToken ct)
    {
        // The read model is written in the same transaction as every append, so its version is a second witness
        // to how many events each application had: removing the tail of a chain leaves every link intact.
        var expected = await db.Applications.AsNoTracking()
            .Select(a => new { a.Id, a.Reference, a.Version })
            .ToDictionaryAsync(a => a.Id, a => (a.Reference, a.Version), ct);
        var heads = new List<(Guid Id, int Sequence, string Hash)>(expected.Count);
        AuditBreak? found = null;
        long count = 0;
        Guid current = Guid.Empty;
        var previous = (Sequence: 0, Hash: EventHasher.Genesis);

        await foreach (var row in db.Events.AsNoTracking().OrderBy(e => e.ApplicationId).ThenBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            count++;
            if (row.ApplicationId != current)
            {
                if (current != Guid.Empty)
                {
                    var closed = CloseChain(current, previous.Sequence, expected, heads, previous.Hash);
                    found ??= closed;
                }
                current = row.ApplicationId;
                previous = (0, EventHasher.Genesis);
            }
            found ??= CheckLink(row, previous, expected);
            previous = (row.Sequence, row.Hash);
        }
        if (current != Guid.Empty)
        {
            var closed = CloseChain(current, previous.Sequence, expected, heads, previous.Hash);
            found ??= closed;
        }
        var seen = heads.Select(h => h.Id).ToHashSet();
        found ??= expected.Where(e => !seen.Contains(e.Key)).Select(e =>
            new AuditBreak(e.Key, e.Value.Reference, 1, "events_missing", $"The register lists {e.Value.Reference}, but none of its events are stored.")).FirstOrDefault();

        return new AuditReport(found is null ? AuditReport.Intact : AuditReport.Broken, heads.Count, count, RegisterHead(heads),
            clock.GetUtcNow().UtcDateTime, found);
    }

    private static AuditBreak? CheckLink(StoredEvent row, (int Sequence, string Hash) previous, Dictionary<Guid, (string Reference, int Version)> expected)
    {
        var reference = expected.TryGetValue(row.ApplicationId, out var e) ? e.Reference : null;
        var wanted = previous.Sequence + 1;
        if (row.Sequence != wanted)
            return new AuditBreak(row.ApplicationId, reference, wanted, "event_missing",
                $"Event {wanted} is missing: the next stored event is {row.Sequence}.");
        if (!string.Equals(row.PreviousHash, previous.Hash, StringComparison.Ordinal))
            return new AuditBreak(row.ApplicationId, reference, row.Sequence, "link_broken",
                $"Event {row.Sequence} does not follow event {previous.Sequence}: its previous_hash is not that event's hash. Events were removed, inserted or reordered.");
        if (!string.Equals(EventHasher.Compute(row), row.Hash, StringComparison.Ordinal))
            return new AuditBreak(row.ApplicationId, reference, row.Sequence, "content_altered",
                $"Event {row.Sequence} ({row.Type}) does not match its hash: its stored content was changed after it was written.");
        return null;
    }

    /// <summary>Always records the chain's head (the register head covers every chain, broken or not), then checks its length.</summary>
    private static AuditBreak? CloseChain(Guid id, int last, Dictionary<Guid, (string Reference, int Version)> expected,
        List<(Guid, int, string)> heads, string hash)
    {
        heads.Add((id, last, hash));
        if (!expected.TryGetValue(id, out var e))
            return new AuditBreak(id, null, last, "application_missing", "Events are stored for an application the register does not list.");
        return e.Version == last ? null : new AuditBreak(id, e.Reference, Math.Min(last, e.Version) + 1, "events_missing",
            $"The register records {e.Version} events for {e.Reference}, but {last} are stored: events at the end of its chain were removed.");
    }

    /// <summary>SHA-256 over every application's id, length and head hash, in a provider-independent order.</summary>
    public static string RegisterHead(IEnumerable<(Guid Id, int Sequence, string Hash)> heads)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (id, sequence, hash) in heads.OrderBy(h => h.Id.ToString("D"), StringComparer.Ordinal))
            sha.AppendData(Encoding.UTF8.GetBytes($"{id:D}:{sequence}:{hash}\n"));
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
