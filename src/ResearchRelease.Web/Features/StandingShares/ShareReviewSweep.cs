using Microsoft.EntityFrameworkCore;
using ResearchRelease.Domain.StandingShares;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Features.StandingShares;

/// <summary>
/// Records review reminders and overdue flags that have fallen due (ADR 0040: standing shares are not run by the
/// workflow engine). Due dates come from the pure <see cref="ShareReview"/>; each event is recorded once per round of
/// terms in force, so running the sweep twice, or on two nodes at once, records nothing twice (the second append loses
/// on the unique sequence and the reload finds it done).
/// </summary>
public sealed class ShareReviewSweep(AppDbContext db, StandingShareService service)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var today = service.Today();
        var horizon = today.AddDays(ShareReview.ReminderDays);
        var inForce = new[] { StandingShareStatus.Approved, StandingShareStatus.RenewalDraft, StandingShareStatus.RenewalAwaitingApproval };
        var candidates = await db.StandingShares.AsNoTracking()
            .Where(s => inForce.Contains(s.Status) && s.ReviewDate != null && s.ReviewDate <= horizon && (!s.ReviewReminded || !s.ReviewOverdue))
            .Select(s => new { s.Id, s.ReviewDate, s.ReviewReminded, s.ReviewOverdue })
            .ToListAsync(ct);
        var recorded = 0;
        foreach (var share in candidates)
        {
            if (!share.ReviewReminded && (await service.RecordReviewReminderAsync(share.Id, ct)).Succeeded) recorded++;
            if (!share.ReviewOverdue && share.ReviewDate < today && (await service.FlagReviewOverdueAsync(share.Id, ct)).Succeeded) recorded++;
        }
        return recorded;
    }
}
