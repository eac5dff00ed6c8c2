using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Auth;

namespace ResearchRelease.Web.Features.Drafting;

/// <summary>Starts a new application: an empty draft with the signed-in researcher as lead applicant, then its task list.</summary>
public sealed class StartModel(ApplicationService service) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = CurrentActor.From(User);
        var form = new ApplicationForm
        {
            Applicant = new Applicant { Name = actor.Name, Email = actor.Email },
        };
        var created = await service.CreateDraftAsync(actor, form, ct);
        return created is { } c ? Redirect($"/applications/{c.Id}/tasks") : Forbid();
    }
}
