using Microsoft.EntityFrameworkCore;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Features.Lifecycle;

/// <summary>
/// Expired releases whose destruction is not yet confirmed, most overdue first. Read from the events of the
/// (few) applications in the Expired state, so the due date and the flag are exactly what was recorded.
/// </summary>
public sealed class ExpiredReleases(AppDbContext db, ApplicationStore store, TimeProvider clock)
{
    public async Task<IReadOnlyList<ExpiredRelease>> ListAsync(bool overdueOnly, CancellationToken ct)
    {
        var ids = await db.Applications.AsNoTracking().Where(a => a.Status == ApplicationStatus.Expired).Select(a => a.Id).ToListAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var releases = new List<ExpiredRelease>();
        foreach (var id in ids)
        {
            var loaded = await store.LoadAsync(id, ct);
            if (loaded?.State is not { Expiry: { } expiry } s || s.Status != ApplicationStatus.Expired)
                continue;
            var form = s.SubmittedForm ?? s.Form;
            var overdue = today > expiry.DestructionDueBy;
            if (overdueOnly && !overdue && s.OverdueFlag is null)
                continue;
            releases.Add(
                new ExpiredRelease(
                    id,
                    s.Reference,
                    form.Project?.Title ?? "",
                    form.Organisation?.Name ?? "",
                    expiry.EndDate,
                    expiry.DestructionDueBy,
                    overdue,
                    s.OverdueFlag is not null
                )
            );
        }
        return releases.OrderBy(r => r.DueBy).ThenBy(r => r.Reference, StringComparer.Ordinal).ToList();
    }
}
