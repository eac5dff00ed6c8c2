using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Auth;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Features.StandingShares;

/// <summary>Every standing share for staff, those whose review is overdue first.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public List<StandingShareRecord> Shares { get; private set; } = [];
    public bool MayDraft { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        MayDraft = CurrentActor.From(User).Role == ActorRole.ComplianceOfficer;
        Shares = await db
            .StandingShares.AsNoTracking()
            .OrderByDescending(s => s.ReviewOverdue)
            .ThenBy(s => s.ReviewDate)
            .ThenBy(s => s.Reference)
            .ToListAsync(ct);
    }
}
