using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Features.Compliance;
using ResearchRelease.Web.Features.StandingShares;

namespace ResearchRelease.Web.Features.Register;

/// <summary>
/// Quarterly snapshots of the register of disclosures, as DfE publishes its external data shares. A finished quarter's
/// snapshot is made on first request from the events recorded before the quarter ended (each application and share folded
/// as it stood then, whatever happened later), then stored: later decisions, catalogue renames or changes to this code
/// never change bytes already published, so their SHA-256 stays true.
/// </summary>
public sealed class RegisterSnapshots(AppDbContext db, PublicRegister register, TimeProvider clock)
{
    private const int Batch = 500;

    /// <summary>
    /// Every finished quarter from the first approval on record, newest first. The first approval is read from indexed
    /// projections (an approval fact never goes away; a share's register row never goes away once approved).
    /// </summary>
    public async Task<IReadOnlyList<RegisterQuarter>> AvailableAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var firstRelease = await db
            .DecisionFacts.AsNoTracking()
            .Where(f => f.Kind == Statistics.FactKinds.Approved)
            .OrderBy(f => f.Quarter)
            .Select(f => (int?)f.Quarter)
            .FirstOrDefaultAsync(ct);
        var firstShare = await db
            .PublicRegister.AsNoTracking()
            .Where(r => r.Kind == DisclosureKinds.StandingShare)
            .OrderBy(r => r.DecidedAt)
            .Select(r => (DateTime?)r.DecidedAt)
            .FirstOrDefaultAsync(ct);
        var firstStored = await db
            .RegisterSnapshots.AsNoTracking()
            .OrderBy(s => s.Quarter)
            .Select(s => (int?)s.Quarter)
            .FirstOrDefaultAsync(ct);
        var starts = new[]
        {
            FromCode(firstRelease),
            firstShare is { } at ? RegisterQuarter.Of(DateOnly.FromDateTime(at)) : null,
            FromCode(firstStored),
        }
            .OfType<RegisterQuarter>()
            .ToList();
        if (starts.Count == 0)
            return [];
        var last = RegisterQuarter.LastFinished(today);
        var quarters = new List<RegisterQuarter>();
        for (var q = starts.MinBy(s => s.Code)!; q.Code <= last.Code; q = q.Next)
            quarters.Add(q);
        quarters.Reverse();
        return quarters;
    }

    /// <summary>The hashes of each quarter's snapshot, making those not yet made (once each, ever), without reading the files.</summary>
    public async Task<IReadOnlyList<SnapshotHashes>> HashesAsync(IReadOnlyList<RegisterQuarter> quarters, CancellationToken ct)
    {
        var codes = quarters.Select(q => q.Code).ToList();
        var stored = await db
            .RegisterSnapshots.AsNoTracking()
            .Where(s => codes.Contains(s.Quarter))
            .Select(s => new
            {
                s.Quarter,
                s.CsvSha256,
                s.JsonSha256,
                s.Entries,
            })
            .ToDictionaryAsync(s => s.Quarter, ct);
        var list = new List<SnapshotHashes>();
        foreach (var q in quarters)
        {
            if (stored.TryGetValue(q.Code, out var s))
                list.Add(new SnapshotHashes(q, s.CsvSha256, s.JsonSha256, s.Entries));
            else if (await GetAsync(q, ct) is { } made)
                list.Add(new SnapshotHashes(q, made.CsvSha256, made.JsonSha256, made.Entries));
        }
        return list;
    }

    /// <summary>The stored snapshot of a finished quarter, made now if it is the first request; null for an unfinished one.</summary>
    public async Task<RegisterSnapshot?> GetAsync(RegisterQuarter quarter, CancellationToken ct)
    {
        if (!quarter.IsFinishedOn(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)))
            return null;
        var code = quarter.Code;
        if (await db.RegisterSnapshots.AsNoTracking().SingleOrDefaultAsync(s => s.Quarter == code, ct) is { } stored)
            return stored;
        var made = await MakeAsync(quarter, ct);
        db.RegisterSnapshots.Add(made);
        try
        {
            await db.SaveChangesAsync(ct);
            return made;
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // Another request made it first: that one is the published snapshot.
            db.ChangeTracker.Clear();
            return await db.RegisterSnapshots.AsNoTracking().SingleAsync(s => s.Quarter == code, ct);
        }
    }

    private async Task<RegisterSnapshot> MakeAsync(RegisterQuarter quarter, CancellationToken ct)
    {
        var end = quarter.EndUtc;
        var rows = new List<PublicRegisterEntry>();
        var applications = await db
            .Events.AsNoTracking()
            .Where(e => e.Type == "decided" && e.OccurredAt < end)
            .Select(e => e.ApplicationId)
            .Distinct()
            .ToListAsync(ct);
        foreach (var chunk in applications.Chunk(Batch))
        {
            var events = await db
                .Events.AsNoTracking()
                .Where(e => chunk.Contains(e.ApplicationId) && e.OccurredAt < end)
                .OrderBy(e => e.ApplicationId)
                .ThenBy(e => e.Sequence)
                .ToListAsync(ct);
            foreach (var group in events.GroupBy(e => e.ApplicationId))
            {
                var state = ApplicationState.Fold(
                    group.Select(r => new RecordedEvent(EventSerializer.Deserialize(r.Type, r.Payload), r.OccurredAt))
                );
                if (!PublicRegisterProjection.IsListed(state))
                    continue;
                var row = new PublicRegisterEntry { ApplicationId = group.Key };
                PublicRegisterProjection.Fill(row, state);
                rows.Add(row);
            }
        }
        var shares = await db
            .ShareEvents.AsNoTracking()
            .Where(e => e.Type == "share_decided" && e.OccurredAt < end)
            .Select(e => e.ShareId)
            .Distinct()
            .ToListAsync(ct);
        foreach (var chunk in shares.Chunk(Batch))
        {
            var events = await db
                .ShareEvents.AsNoTracking()
                .Where(e => chunk.Contains(e.ShareId) && e.OccurredAt < end)
                .OrderBy(e => e.ShareId)
                .ThenBy(e => e.Sequence)
                .ToListAsync(ct);
            foreach (var group in events.GroupBy(e => e.ShareId))
            {
                var state = StandingShareStore.Fold(group);
                if (!ShareRegisterProjection.IsListed(state))
                    continue;
                var row = new PublicRegisterEntry { ApplicationId = group.Key };
                ShareRegisterProjection.Fill(row, state);
                rows.Add(row);
            }
        }
        // The quarter's last day is "today" for what depends on the date (whether a share's agreement had ended).
        var releases = rows.OrderByDescending(r => r.DecidedAt)
            .ThenBy(r => r.Reference, StringComparer.Ordinal)
            .Select(r => register.ToRelease(r, quarter.Last))
            .ToList();
        var now = clock.GetUtcNow();
        using var csv = new MemoryStream();
        await RegisterCsv.WriteAsync(csv, PublicRegisterApi.Header, releases.ToAsyncEnumerable(), PublicRegisterApi.Cells, ct);
        using var json = new MemoryStream();
        await PublicRegisterJson.WriteAsync(json, releases.ToAsyncEnumerable(), null, now, ct, asAt: quarter.Last);
        return new RegisterSnapshot
        {
            Quarter = quarter.Code,
            MadeAt = now.UtcDateTime,
            Entries = releases.Count,
            Csv = csv.ToArray(),
            Json = json.ToArray(),
            CsvSha256 = Sha256(csv.ToArray()),
            JsonSha256 = Sha256(json.ToArray()),
        };
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static RegisterQuarter? FromCode(int? code) => code is { } c ? RegisterQuarter.FromCode(c) : null;
}

public sealed record SnapshotHashes(RegisterQuarter Quarter, string CsvSha256, string JsonSha256, int Entries);
