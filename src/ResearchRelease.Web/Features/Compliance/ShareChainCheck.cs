using Microsoft.EntityFrameworkCore;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Audit;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Features.StandingShares;

namespace ResearchRelease.Web.Features.Compliance;

/// <summary>
/// The standing shares' chains (ADR 0040): each share's events must run 1, 2, 3… and each must link to the hash before
/// it and carry its own keyed hash. Streamed in order, one share's position at a time. Share chains are not anchored yet.
/// </summary>
public static class ShareChainCheck
{
    public static async Task<AuditBreak?> RunAsync(AppDbContext db, AuditKey key, CancellationToken ct)
    {
        Guid? share = null;
        var previous = EventHasher.Genesis;
        var expected = 1;
        var rows = db.ShareEvents.AsNoTracking().OrderBy(e => e.ShareId).ThenBy(e => e.Sequence).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct))
        {
            if (row.ShareId != share) (share, previous, expected) = (row.ShareId, EventHasher.Genesis, 1);
            if (row.Sequence != expected)
                return new AuditBreak(row.ShareId, null, row.Sequence, "share_event_missing", $"Standing share {row.ShareId} lacks event {expected}.");
            if (row.PreviousHash != previous || row.Hash != StandingShareStore.Hash(row, key))
                return new AuditBreak(row.ShareId, null, row.Sequence, "share_hash_mismatch",
                    $"Event {row.Sequence} of standing share {row.ShareId} does not match its hash: it was changed after it was recorded.");
            (previous, expected) = (row.Hash, expected + 1);
        }
        return null;
    }
}
