using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Deputies;
using ResearchRelease.Web.Auth;
using ResearchRelease.Web.Features.Deputies;

namespace ResearchRelease.Web.Features.Account;

[AllowAnonymous]
public sealed class AccessDeniedModel(DesignationService designations, DesignationStore store) : PageModel
{
    /// <summary>A deputy is told exactly why they cannot decide: never designated, not yet, ended or revoked.</summary>
    public bool IsDeputy { get; private set; }
    public string AccountId { get; private set; } = "";
    public DeputyDesignation? Designation { get; private set; }
    public DesignationStatus? Status { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = CurrentActor.From(User);
        if (actor.Role != ActorRole.DeputyChiefStatistician)
            return;
        IsDeputy = true;
        AccountId = actor.Subject;
        Designation = await designations.StandingOfAsync(actor, ct);
        Status = Designation?.StatusOn(store.Today());
    }
}
