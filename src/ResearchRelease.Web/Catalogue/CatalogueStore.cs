using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Catalogue;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Catalogue;

/// <summary>
/// Reads and changes the catalogue tables. Every change writes its <see cref="CatalogueChange"/> row in the same
/// save, so the history can never miss one. Items are never deleted, only retired.
/// </summary>
public sealed class CatalogueStore(AppDbContext db, TimeProvider clock)
{
    public IReadOnlyList<DataItemDefinition> ReadAll() =>
        db.CatalogueItems.AsNoTracking().OrderBy(i => i.Position).AsEnumerable().Select(ToDefinition).ToList();

    public Task<List<CatalogueChange>> HistoryAsync(CancellationToken ct) =>
        db.CatalogueChanges.AsNoTracking().OrderByDescending(c => c.Id).Take(200).ToListAsync(ct);

    public Task<CatalogueItemRecord?> FindAsync(string code, CancellationToken ct) =>
        db.CatalogueItems.AsNoTracking().SingleOrDefaultAsync(i => i.Code == code, ct);

    /// <summary>On the first start, the catalogue is the Domain's seed, recorded as changes by "system".</summary>
    public async Task SeedIfEmptyAsync(CancellationToken ct)
    {
        if (await db.CatalogueItems.AnyAsync(ct))
            return;
        var system = new Actor("system", "System (initial catalogue)", "", ActorRole.System);
        var position = 0;
        foreach (var item in DataItemCatalogue.Seed)
            Record(ToRecord(item, position++), "seeded", system);
        await db.SaveChangesAsync(ct);
    }

    public async Task<bool> AddAsync(DataItemDefinition item, Actor actor, CancellationToken ct)
    {
        if (await db.CatalogueItems.AnyAsync(i => i.Code == item.Code, ct))
            return false;
        var position = (await db.CatalogueItems.MaxAsync(i => (int?)i.Position, ct) ?? -1) + 1;
        Record(ToRecord(item, position), "added", actor);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Changes name, description, tier or Article 9 category; or retires/reinstates. False when there is no such item.</summary>
    public async Task<bool> ChangeAsync(string code, Action<CatalogueItemRecord> change, string action, Actor actor, CancellationToken ct)
    {
        var record = await db.CatalogueItems.SingleOrDefaultAsync(i => i.Code == code, ct);
        if (record is null)
            return false;
        change(record);
        db.CatalogueChanges.Add(Change(record, action, actor));
        await db.SaveChangesAsync(ct);
        return true;
    }

    private void Record(CatalogueItemRecord record, string action, Actor actor)
    {
        db.CatalogueItems.Add(record);
        db.CatalogueChanges.Add(Change(record, action, actor));
    }

    private CatalogueChange Change(CatalogueItemRecord r, string action, Actor actor) =>
        new()
        {
            Code = r.Code,
            Action = action,
            ActorSubject = actor.Subject,
            ActorName = actor.Name,
            OccurredAt = clock.GetUtcNow().UtcDateTime,
            Snapshot = JsonSerializer.Serialize(
                new
                {
                    r.Code,
                    r.Name,
                    r.Description,
                    r.Tier,
                    r.Article9Category,
                    r.Retired,
                }
            ),
        };

    public static DataItemDefinition ToDefinition(CatalogueItemRecord r) =>
        new(r.Code, r.Name, r.Description, Enum.Parse<SensitivityTier>(r.Tier), r.Retired) { Article9Category = r.Article9Category };

    private static CatalogueItemRecord ToRecord(DataItemDefinition d, int position) =>
        new()
        {
            Code = d.Code,
            Name = d.Name,
            Description = d.Description,
            Tier = d.Tier.ToString(),
            Article9Category = d.Article9Category,
            Retired = d.Retired,
            Position = position,
        };
}
