using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Deputies;
using ResearchRelease.Web.Auth;

namespace ResearchRelease.Web.Features.Deputies;

/// <summary>Revoking ends a designation at once; it is recorded with its reason, and the designation stays in the log.</summary>
public sealed class RevokeModel(DesignationStore store, DesignationService service) : PageModel
{
    public DeputyDesignation Designation { get; private set; } = null!;
    public string? Reason { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await Load(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, string? reason, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        var outcome = await service.RevokeAsync(CurrentActor.From(User), id, reason, ct);
        if (outcome.Succeeded) return Redirect("/deputies");
        Reason = reason;
        Error = outcome.Message;
        Response.StatusCode = outcome.Failure == CommandFailure.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        var found = (await store.DesignationsAsync(ct)).FirstOrDefault(d => d.Id == id);
        if (found is null) return false;
        Designation = found;
        return true;
    }
}
