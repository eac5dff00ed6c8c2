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

    /// <param name="firstSubmission">
    /// The application was never submitted before these events, so it has no rows yet (they are written only here) and
    /// none need reading.
    /// </param>
    public static async Task ProjectAsync(AppDbContext db, Guid id, ApplicationForm? submitted, bool firstSubmission, CancellationToken ct)
    {
        var wanted = (submitted?.DataItems ?? [])
            .Select(i => i.Item?.Trim() ?? "")
            .Where(c => c.Length is > 0 and <= MaxCodeLength)
            .ToHashSet(StringComparer.Ordinal);
        var existing = firstSubmission ? [] : await db.ApplicationDataItems.Where(d => d.ApplicationId == id).ToListAsync(ct);
        db.ApplicationDataItems.RemoveRange(existing.Where(d => !wanted.Contains(d.ItemCode)));
        var kept = existing.Select(d => d.ItemCode).ToHashSet(StringComparer.Ordinal);
        db.ApplicationDataItems.AddRange(
            wanted.Where(c => !kept.Contains(c)).Select(c => new ApplicationDataItem { ApplicationId = id, ItemCode = c })
        );
    }
}
