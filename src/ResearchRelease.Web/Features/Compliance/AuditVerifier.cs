using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ResearchRelease.Web.Audit;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Features.Compliance;

/// <summary>
/// Checks the whole record (ADR 0007, made complete by ADR 0015): every application's hash chain, keyed where the key
/// was in force; the fold of its events against the read model; the last anchored register head, kept outside the
/// database; and every letter's bytes against the SHA-256 its event recorded. Events and letters are streamed, so memory
/// holds one application's events at a time plus the read model rows and the anchored heads.
/// </summary>
public sealed class AuditVerifier(AppDbContext db, TimeProvider clock, AuditKey key, RegisterAnchorFile anchors)
{
    public async Task<AuditReport> VerifyAsync(CancellationToken ct) => (await VerifyWithHeadsAsync(ct)).Report;

    /// <summary>The report, and each chain's head for anchoring (taken only from an intact check).</summary>
    public async Task<(AuditReport Report, List<(Guid Id, string Reference, int Sequence, string Hash)> Heads)> VerifyWithHeadsAsync(
        CancellationToken ct
    )
    {
        var anchored = anchors.Read();
        await using var snapshot = await ReadSnapshot.BeginAsync(db, ct);
        var records = await db.Applications.AsNoTracking().ToDictionaryAsync(a => a.Id, ct);
        var heads = new List<(Guid Id, string Reference, int Sequence, string Hash)>(records.Count);
        var letters = new Dictionary<Guid, (Guid ApplicationId, string? Reference, string Sha256, int Sequence)>();
        AuditBreak? found = null;
        long count = 0,
            unkeyed = 0;
        ChainWalk? walk = null;

        void Close()
        {
            if (walk is null)
                return;
            heads.Add((walk.Id, walk.Reference ?? "", walk.LastSequence, walk.LastHash));
            found ??= walk.Close();
            unkeyed += walk.Unkeyed;
            foreach (var (letterId, sha, sequence) in walk.Letters)
                letters[letterId] = (walk.Id, walk.Reference, sha, sequence);
        }

        var events = db.Events.AsNoTracking().OrderBy(e => e.ApplicationId).ThenBy(e => e.Sequence).AsAsyncEnumerable();
        await foreach (var row in events.WithCancellation(ct))
        {
            count++;
            if (row.ApplicationId != walk?.Id)
            {
                Close();
                walk = new ChainWalk(
                    row.ApplicationId,
                    records.GetValueOrDefault(row.ApplicationId),
                    anchored.Heads.GetValueOrDefault(row.ApplicationId),
                    key
                );
            }
            found ??= walk.Add(row);
        }
        Close();
        var applications = heads.Count;
        var (shareBreak, shareHeads) = await ShareChainCheck.RunAsync(db, key, anchored, ct);
        found ??= shareBreak;
        heads.AddRange(shareHeads);

        var seen = heads.Select(h => h.Id).ToHashSet();
        found ??= records
            .Values.Where(r => !seen.Contains(r.Id))
            .Select(r => new AuditBreak(
                r.Id,
                r.Reference,
                1,
                "events_missing",
                $"The register lists {r.Reference}, but none of its events are stored."
            ))
            .FirstOrDefault();
        found ??= anchored
            .Heads.Values.Where(a => !seen.Contains(a.Id) && !records.ContainsKey(a.Id))
            .Select(a => new AuditBreak(
                a.Id,
                a.Reference,
                1,
                IsShare(a) ? "share_deleted" : "application_deleted",
                $"{a.Reference} ({a.Sequence} events) was anchored on {anchored.Last!.At:yyyy-MM-dd HH:mm} UTC, but neither it nor any "
                    + $"of its events are stored: the whole {(IsShare(a) ? "standing share" : "application")} was deleted."
            ))
            .FirstOrDefault();
        found ??= anchored.Problem is { } problem
            ? new AuditBreak(Guid.Empty, null, 0, "anchor_file_altered", $"The anchor file {anchors.Path} cannot be trusted: {problem}")
            : null;
        var (letterCount, letterBreak) = await LetterCheck.RunAsync(db, letters, ct);
        found ??= letterBreak;

        var report = new AuditReport(
            found is null ? AuditReport.Intact : AuditReport.Broken,
            applications,
            count,
            RegisterHead(heads.Select(h => (h.Id, h.Sequence, h.Hash))),
            clock.GetUtcNow().UtcDateTime,
            found
        )
        {
            Keyed = key.IsConfigured,
            UnkeyedEvents = unkeyed,
            Letters = letterCount,
            Anchor = anchored.Last is { } last ? new AnchorSummary(last.At, last.Applications, last.RegisterHead, anchored.Lines) : null,
            Notes = Notes(anchored, unkeyed),
        };
        return (report, heads);
    }

    private static bool IsShare(AnchoredChain a) => a.Reference.StartsWith("SS-", StringComparison.Ordinal);

    private List<string> Notes(AnchoredRegister anchored, long unkeyed)
    {
        var notes = new List<string>();
        if (!key.IsConfigured)
            notes.Add(
                "The chain is not keyed and the register head is not anchored: anyone able to write to the database could "
                    + "rewrite events and recompute every hash. Configure Audit:KeyPath."
            );
        else if (anchored.Last is null)
            notes.Add(
                $"No register head has been anchored yet in {anchors.Path}: a whole application deleted before the first anchor would not be noticed."
            );
        if (unkeyed > 0)
            notes.Add(
                $"{unkeyed} events were written before the chain was keyed ({key.KeyedSince:yyyy-MM-dd HH:mm} UTC). Their protection is the "
                    + "anchored head: once anchored, rewriting them is found."
            );
        return notes;
    }

    /// <summary>SHA-256 over every application's and standing share's id, length and head hash, in a provider-independent order.</summary>
    public static string RegisterHead(IEnumerable<(Guid Id, int Sequence, string Hash)> heads)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (id, sequence, hash) in heads.OrderBy(h => h.Id.ToString("D"), StringComparer.Ordinal))
            sha.AppendData(Encoding.UTF8.GetBytes($"{id:D}:{sequence}:{hash}\n"));
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
