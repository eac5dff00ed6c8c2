using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Auth;

namespace ResearchRelease.Web.Features.Outputs;

/// <summary>The researcher reports a publication or other output of their approved release; it appears on the public register.</summary>
public sealed class ReportModel(ApplicationStore store, ApplicationService service) : PageModel
{
    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Link { get; set; }

    public ApplicationState State { get; private set; } = ApplicationState.Empty;
    public string? Error { get; private set; }
    public string? ErrorField { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await store.LoadAsync(id, ct) is not { } loaded || loaded.State.OwnerSubject != CurrentActor.From(User).Subject) return NotFound();
        State = loaded.State;
        return PermissionTable.Allows(State.Status, ActorRole.Researcher, ApplicationCommand.ReportOutput) ? Page() : Redirect($"/applications/{id}");
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var result = await service.ReportOutputAsync(CurrentActor.From(User), id, Title, Link, ct);
        if (result.Succeeded) return Redirect($"/applications/{id}/outputs");
        if (result.Failure == CommandFailure.NotFound || await store.LoadAsync(id, ct) is not { } loaded) return NotFound();
        (State, Error, ErrorField) = (loaded.State, result.Message, result.Field == "link" ? "Link" : "Title");
        Response.StatusCode = result.Failure == CommandFailure.Invalid ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        return Page();
    }
}
