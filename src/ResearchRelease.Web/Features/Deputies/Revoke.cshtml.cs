using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Deputies;
using ResearchRelease.Web.Auth;

namespace ResearchRelease.Web.Features.Deputies;

/// <summary>
/// "Are you sure?" before revoking: revoking ends a designation at once and cannot be undone; it is recorded with its
/// reason, and the designation stays in the log. Only a designation in force or still to begin can be revoked; for
/// any other the list of designations is shown instead.
/// </summary>
public sealed class RevokeModel(DesignationStore store, DesignationService service) : PageModel
{
    public DeputyDesignation Designation { get; private set; } = null!;
    public string? Reason { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        !await Load(id, ct) ? NotFound()
        : Revocable ? Page()
        : Redirect("/deputies");

    public async Task<IActionResult> OnPostAsync(Guid id, string? reason, CancellationToken ct)
    {
        if (!await Load(id, ct))
            return NotFound();
        if (!Revocable)
            return Redirect("/deputies");
        var outcome = await service.RevokeAsync(CurrentActor.From(User), id, reason, ct);
        if (outcome.Succeeded)
            return Redirect("/deputies");
        Reason = reason;
        Error = outcome.Message;
        Response.StatusCode = outcome.Failure == CommandFailure.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }

    private bool Revocable => Designation.StatusOn(store.Today()) is DesignationStatus.Active or DesignationStatus.Upcoming;

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        var found = (await store.DesignationsAsync(ct)).FirstOrDefault(d => d.Id == id);
        if (found is null)
            return false;
        Designation = found;
        return true;
    }
}
