using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Deputies;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Features.Deputies;

/// <summary>
/// Reads and appends the designation log. The log is short (a few rows a year), so it is read whole and folded;
/// appending at a stale position is refused by UNIQUE(sequence), so two concurrent changes never both land.
/// </summary>
public sealed class DesignationStore(AppDbContext db, TimeProvider clock)
{
    private static readonly Dictionary<string, Type> Types = new(StringComparer.Ordinal)
    {
        ["deputy_designated"] = typeof(DeputyDesignated),
        ["deputy_designation_revoked"] = typeof(DeputyDesignationRevoked),
    };

    public Task<List<StoredDesignationEvent>> RowsAsync(CancellationToken ct) =>
        db.DesignationEvents.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(ct);

    public async Task<IReadOnlyList<DeputyDesignation>> DesignationsAsync(CancellationToken ct) => Fold(await RowsAsync(ct));

    public static IReadOnlyList<DeputyDesignation> Fold(IEnumerable<StoredDesignationEvent> rows) =>
        DesignationLog.Fold(
            rows.Select(r => new RecordedDesignationEvent(
                (DesignationEvent)JsonSerializer.Deserialize(r.Payload, Types[r.Type], EventSerializer.Options)!,
                r.ActorSubject,
                r.ActorName,
                new DateTimeOffset(r.OccurredAt, TimeSpan.Zero)
            ))
        );

    public DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Appends one event after <paramref name="lastSequence"/>; false when someone else appended first.</summary>
    public async Task<bool> AppendAsync(DesignationEvent e, Actor actor, int lastSequence, string previousHash, CancellationToken ct)
    {
        // Whole microseconds, as for application events: PostgreSQL keeps no finer, and the hash covers the stored value.
        var ticks = clock.GetUtcNow().UtcDateTime.Ticks;
        var row = new StoredDesignationEvent
        {
            Sequence = lastSequence + 1,
            DesignationId = e.DesignationId,
            Type = e.Type,
            Payload = JsonSerializer.Serialize(e, e.GetType(), EventSerializer.Options),
            ActorSubject = actor.Subject,
            ActorName = actor.Name,
            OccurredAt = new DateTime(ticks - (ticks % 10), DateTimeKind.Utc),
            PreviousHash = previousHash,
        };
        row.Hash = Hash(row);
        db.DesignationEvents.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>The sequence of the first row whose hash or link does not match, or null when the chain is intact.</summary>
    public static int? FirstBroken(IReadOnlyList<StoredDesignationEvent> rows)
    {
        var previous = EventHasher.Genesis;
        foreach (var row in rows)
        {
            if (row.PreviousHash != previous || row.Hash != Hash(row))
                return row.Sequence;
            previous = row.Hash;
        }
        return null;
    }

    public static string Hash(StoredDesignationEvent e)
    {
        var canonical = string.Join(
            '\n',
            e.PreviousHash,
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.DesignationId.ToString("D"),
            e.Type,
            e.ActorSubject,
            e.ActorName,
            DateTime.SpecifyKind(e.OccurredAt, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture),
            e.Payload
        );
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
