using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Domain.Catalogue;
using ResearchRelease.Domain.StandingShares;
using ResearchRelease.Web.Auth;
using ResearchRelease.Web.Catalogue;

namespace ResearchRelease.Web.Features.StandingShares;

/// <summary>
/// Compliance writes terms: a new standing share (/standing-shares/new), a draft's or returned share's terms, or a renewal
/// of an agreement in force (<c>?renewal=true</c>). Saving never submits; the share's page puts it to the Chief Statistician.
/// </summary>
public sealed class TermsModel(StandingShareStore store, StandingShareService service, CatalogueCache catalogue) : PageModel
{
    [BindProperty]
    public ShareInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Renewal { get; set; }

    public Guid? Id { get; private set; }
    public string? Reference { get; private set; }
    public string? ErrorField { get; private set; }
    public string? Error { get; private set; }
    public IEnumerable<DataItemDefinition> Items => catalogue.Current.Active;

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (id is not { } shareId)
            return Page();
        if (await store.LoadAsync(shareId, ct) is not { } loaded)
            return NotFound();
        (Id, Reference) = (shareId, loaded.State.Reference);
        var command = Renewal ? ShareCommand.ProposeRenewal : ShareCommand.UpdateTerms;
        if (!SharePermissions.Allows(loaded.State.Status, CurrentActor.From(User).Role, command))
            return Redirect($"/standing-shares/{shareId}");
        Input = ShareInput.From(Renewal ? loaded.State.InForce! : loaded.State.Terms, loaded.State.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        var (terms, field, error) = Input.ToTerms();
        if (terms is null)
            return Invalid(field!, error!);
        var actor = CurrentActor.From(User);
        var result =
            id is not { } shareId ? await service.CreateAsync(actor, terms, ct)
            : Renewal ? await service.ProposeRenewalAsync(actor, shareId, terms, Input.Version, ct)
            : await service.UpdateTermsAsync(actor, shareId, terms, Input.Version, ct);
        if (result.Succeeded)
            return Redirect($"/standing-shares/{result.Id}");
        if (result.Failure == Domain.Applications.CommandFailure.NotFound)
            return NotFound();
        return Invalid(ShareInput.FieldId(result.Field), result.Message!);
    }

    private PageResult Invalid(string field, string message)
    {
        (ErrorField, Error) = (field, message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
