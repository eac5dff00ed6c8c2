using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Precedent;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Features.Decisions;

/// <summary>
/// Precedent on the case page: past applications approved or refused that asked for any of the same data items, ranked
/// by <see cref="Precedents"/>. The candidates are found in SQL through the data item index (at most 50, those with most
/// items in common), then each is read from its fold, as every reader does.
/// </summary>
public sealed class PrecedentsViewComponent(AppDbContext db, ApplicationStore store) : ViewComponent
{
    private const int Candidates = 50;

    public async Task<IViewComponentResult> InvokeAsync(Guid applicationId, ApplicationForm form)
    {
        var ct = HttpContext.RequestAborted;
        var items = (form.DataItems ?? []).Select(i => i.Item).OfType<string>().Distinct().ToList();
        var decided = new[] { DecisionOutcomes.Approve, DecisionOutcomes.Refuse };
        var ids = await db
            .ApplicationDataItems.AsNoTracking()
            .Where(i => items.Contains(i.ItemCode) && i.ApplicationId != applicationId)
            .Join(
                db.Applications.Where(a => a.DecisionOutcome != null && decided.Contains(a.DecisionOutcome)),
                i => i.ApplicationId,
                a => a.Id,
                (i, a) => i.ApplicationId
            )
            .GroupBy(id => id)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .Take(Candidates)
            .ToListAsync(ct);
        var past = new List<PastDecision>();
        foreach (var id in ids)
        {
            if (await store.LoadAsync(id, ct) is not { State: { Decision: { } d, DecidedAt: { } at } s })
                continue;
            var f = s.SubmittedForm ?? s.Form;
            past.Add(
                new PastDecision(
                    id,
                    s.Reference,
                    f.Project?.Title ?? "",
                    d.ApprovedDataItems.Count > 0 && d.Outcome == DecisionOutcomes.Approve
                        ? d.ApprovedDataItems
                        : [.. (f.DataItems ?? []).Select(i => i.Item).OfType<string>()],
                    f.Project?.SubjectFocus ?? [],
                    f.Organisation?.Type,
                    f.Settings?.AccessRoute,
                    d.Outcome,
                    at,
                    d.Reasons
                )
            );
        }
        return View(Precedents.Rank(form, past));
    }
}
