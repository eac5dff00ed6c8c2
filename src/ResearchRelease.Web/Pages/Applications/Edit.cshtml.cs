using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Catalogue;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Auth;

namespace ResearchRelease.Web.Pages.Applications;

/// <summary>Start or edit an application (drafts, and applications returned to the researcher).</summary>
public sealed class EditModel(ApplicationService service, ApplicationReader reader) : PageModel
{
    [BindProperty]
    public ApplicationInput Input { get; set; } = new();

    [BindProperty]
    public int? Version { get; set; }

    public Guid? Id { get; private set; }
    public string? Reference { get; private set; }
    public IReadOnlyList<string> ReturnReasons { get; private set; } = [];
    public IReadOnlyList<(string Id, string Message)> Errors { get; private set; } = [];
    public IReadOnlyList<DataItemDefinition> Catalogue => DataItemCatalogue.Default.Active.ToList();

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        var actor = CurrentActor.From(User);
        if (id is null)
        {
            Input = new ApplicationInput { ApplicantName = actor.Name, ApplicantEmail = actor.Email };
            return Page();
        }
        var loaded = await reader.FindReadableAsync(actor, id.Value, ct);
        if (loaded is null) return NotFound();
        if (!PermissionTable.Allows(loaded.State.Status, ActorRole.Researcher, ApplicationCommand.EditDraft))
            return RedirectToPage("Details", new { id });
        Show(loaded);
        Input = ApplicationInput.From(loaded.State.Form);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        var actor = CurrentActor.From(User);
        var form = Input.ToForm();
        var errors = ApplicationFormValidator.Validate(form).Select(e => (FormFieldIds.For(e.Field, form), e.Message)).ToList();
        if (Input.RetentionDate().Error is { } dateError) errors.Add(("RetentionDay", dateError));
        if (errors.Count > 0 || !ModelState.IsValid)
        {
            errors.AddRange(ModelState.Where(m => m.Value?.Errors.Count > 0)
                .Select(m => (m.Key.Replace("Input.", "", StringComparison.Ordinal).Replace('.', '_'), "Enter a valid value.")));
            return await Redisplay(id, errors, ct);
        }

        if (id is null)
        {
            var created = await service.CreateDraftAsync(actor, form, ct);
            return created is { } c ? RedirectToPage("Details", new { id = c.Id, saved = true }) : Forbid();
        }
        var result = await service.UpdateDraftAsync(actor, id.Value, form, Version, ct);
        if (result.Succeeded) return RedirectToPage("Details", new { id, saved = true });
        if (result.Failure == CommandFailure.NotFound) return NotFound();
        return await Redisplay(id, [("application-form", result.Message ?? "Your changes could not be saved.")], ct);
    }

    private async Task<IActionResult> Redisplay(Guid? id, List<(string, string)> errors, CancellationToken ct)
    {
        Errors = errors;
        if (id is { } existing && await reader.FindReadableAsync(CurrentActor.From(User), existing, ct) is { } loaded) Show(loaded);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private void Show(LoadedApplication loaded)
    {
        Id = loaded.Id;
        Reference = loaded.State.Reference;
        Version = loaded.State.Version;
        ReturnReasons = loaded.State.ReturnReasons;
    }

    public string? ErrorFor(string id) => Errors.FirstOrDefault(e => e.Id == id).Message;
}
