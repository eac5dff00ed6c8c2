using Microsoft.EntityFrameworkCore;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Applications;

/// <summary>
/// Keeps <c>application_data_items</c> equal to the item codes of the form as last submitted. Called by the store
/// inside the append, so the projection commits (or not) with the event that changed it.
/// </summary>
public static class ApplicationDataItems
{
    public const int MaxCodeLength = 64;

    public static async Task ProjectAsync(AppDbContext db, Guid id, ApplicationForm? submitted, CancellationToken ct)
    {
        var wanted = (submitted?.DataItems ?? [])
            .Select(i => i.Item?.Trim() ?? "")
            .Where(c => c.Length is > 0 and <= MaxCodeLength)
            .ToHashSet(StringComparer.Ordinal);
        var existing = await db.ApplicationDataItems.Where(d => d.ApplicationId == id).ToListAsync(ct);
        db.ApplicationDataItems.RemoveRange(existing.Where(d => !wanted.Contains(d.ItemCode)));
        var kept = existing.Select(d => d.ItemCode).ToHashSet(StringComparer.Ordinal);
        db.ApplicationDataItems.AddRange(wanted.Where(c => !kept.Contains(c)).Select(c => new ApplicationDataItem { ApplicationId = id, ItemCode = c }));
    }
}
