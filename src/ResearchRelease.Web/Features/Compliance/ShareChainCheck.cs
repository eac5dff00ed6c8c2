using Microsoft.EntityFrameworkCore;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Audit;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Features.StandingShares;

namespace ResearchRelease.Web.Features.Compliance;

/// <summary>
/// The standing shares' chains (ADR 0040): each share's events must run 1, 2, 3… and each must link to the hash before
/// it and carry its own keyed hash. Each chain's head is part of the anchored register head (ADR 0015) like an
/// application's, so a chain rewritten or cut short after it was anchored is found against the anchor file, as is a
/// share deleted whole (by the caller, from the heads returned). Streamed in order, one share's position at a time.
/// </summary>
public static class ShareChainCheck
{
    public static async Task<(AuditBreak? Found, List<(Guid Id, string Reference, int Sequence, string Hash)> Heads)> RunAsync(
        AppDbContext db,
        AuditKey key,
        AnchoredRegister anchored,
        CancellationToken ct
    )
    {
        var references = await db.StandingShares.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Reference, ct);
        var heads = new List<(Guid Id, string Reference, int Sequence, string Hash)>(references.Count);
        AuditBreak? found = null;
        Guid? share = null;
        var previous = EventHasher.Genesis;
        var expected = 1;

        void Close()
        {
            if (share is not { } id)
                return;
            var reference = references.GetValueOrDefault(id) ?? anchored.Heads.GetValueOrDefault(id)?.Reference ?? id.ToString("D");
            heads.Add((id, reference, expected - 1, previous));
            if (anchored.Heads.GetValueOrDefault(id) is { } a && expected - 1 < a.Sequence)
                found ??= new AuditBreak(
                    id,
                    reference,
                    expected,
                    "anchored_events_missing",
                    $"{a.Sequence} events of standing share {reference} were anchored, but only {expected - 1} are stored: "
                        + "events at the end of its chain were removed."
                );
        }

        var rows = db.ShareEvents.AsNoTracking().OrderBy(e => e.ShareId).ThenBy(e => e.Sequence).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct))
        {
            if (row.ShareId != share)
            {
                Close();
                (share, previous, expected) = (row.ShareId, EventHasher.Genesis, 1);
            }
            var reference = references.GetValueOrDefault(row.ShareId) ?? row.ShareId.ToString("D");
            if (row.Sequence != expected)
                found ??= new AuditBreak(
                    row.ShareId,
                    reference,
                    row.Sequence,
                    "share_event_missing",
                    $"Standing share {reference} lacks event {expected}."
                );
            else if (row.PreviousHash != previous || row.Hash != StandingShareStore.Hash(row, key))
                found ??= new AuditBreak(
                    row.ShareId,
                    reference,
                    row.Sequence,
                    "share_hash_mismatch",
                    $"Event {row.Sequence} of standing share {reference} does not match its hash: it was changed after it was recorded."
                );
            else if (
                anchored.Heads.GetValueOrDefault(row.ShareId) is { } a
                && a.Sequence == row.Sequence
                && !string.Equals(a.Hash, row.Hash, StringComparison.Ordinal)
            )
                found ??= new AuditBreak(
                    row.ShareId,
                    reference,
                    row.Sequence,
                    "anchored_head_differs",
                    $"Event {row.Sequence} of standing share {reference} is not the event anchored: the chain up to it was rewritten after it was anchored."
                );
            (previous, expected) = (row.Hash, row.Sequence + 1);
        }
        Close();
        return (found, heads);
    }
}
