using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Auth;

namespace ResearchRelease.Web.Features.Outputs;

/// <summary>
/// The researcher reports a publication or other output of their approved release. It is shown on the public register
/// for good and cannot be taken back, so the form's button only checks the answers and shows them on an "Are you sure?"
/// page; only that page's button records the output.
/// </summary>
public sealed class ReportModel(ApplicationReader reader, ApplicationService service) : PageModel
{
    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Link { get; set; }

    public ApplicationState State { get; private set; } = ApplicationState.Empty;
    public string? Error { get; private set; }
    public string? ErrorField { get; private set; }

    /// <summary>The answers passed every rule and are shown back, as they will be published, for a last "Are you sure?".</summary>
    public OutputReported? Confirming { get; private set; }

    /// <summary>Shown after "Yes": the output was added.</summary>
    public bool Added { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool added, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
            return stop;
        Added = added;
        return Page();
    }

    /// <summary>"Continue": checks the answers as the command would and records nothing.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
            return stop;
        var outcome = OutputRules.Report(State, CurrentActor.From(User), Title, Link);
        if (!outcome.Succeeded)
            return Refused(outcome.Failure, outcome.Field, outcome.Message);
        Confirming = outcome.Events.OfType<OutputReported>().Single();
        return Page();
    }

    /// <summary>"Yes, add it to the register" on the "Are you sure?" page: the output is recorded.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
            return stop;
        var result = await service.ReportOutputAsync(CurrentActor.From(User), id, Title, Link, ct);
        if (result.Succeeded)
            return Redirect($"/applications/{id}/outputs?added=true");
        return Refused(result.Failure, result.Field, result.Message);
    }

    /// <summary>"No, change the details": the form again with the answers given, nothing recorded.</summary>
    public async Task<IActionResult> OnPostChangeAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    private IActionResult Refused(CommandFailure failure, string? field, string? message)
    {
        if (failure == CommandFailure.NotFound)
            return NotFound();
        (Error, ErrorField) = (message, field == "link" ? "Link" : "Title");
        Response.StatusCode = failure == CommandFailure.Invalid ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        return Page();
    }

    /// <summary>Not the owner's: 404. A release that takes no outputs (not approved, or closed): the application's page.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var actor = CurrentActor.From(User);
        var loaded = await reader.FindReadableAsync(actor, id, ct);
        if (loaded is null || loaded.State.OwnerSubject != actor.Subject)
            return NotFound();
        State = loaded.State;
        return PermissionTable.Allows(State.Status, ActorRole.Researcher, ApplicationCommand.ReportOutput)
            ? null
            : Redirect($"/applications/{id}");
    }
}
