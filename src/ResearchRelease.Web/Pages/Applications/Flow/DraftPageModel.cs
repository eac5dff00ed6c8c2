using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Screening;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Auth;

namespace ResearchRelease.Web.Pages.Applications.Flow;

/// <summary>
/// What every page of the question flow shares: load the researcher's own editable application, save a changed
/// form through the same command the API uses, and say which returned reasons apply to this page.
/// </summary>
public abstract class DraftPageModel(ApplicationReader reader, ApplicationService service) : PageModel
{
    public LoadedApplication Application { get; private set; } = null!;
    public ApplicationForm Form => Application.State.Form;
    public Guid Id => Application.Id;
    public IReadOnlyList<(string Id, string Message)> Errors { get; protected set; } = [];

    /// <summary>"check" when the researcher came from Check your answers, so saving goes back there.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnTo { get; set; }

    public string? ErrorFor(string id) => Errors.FirstOrDefault(e => e.Id == id).Message;

    /// <summary>Loads the application if the signed-in researcher may edit it; otherwise the result to return instead.</summary>
    protected async Task<IActionResult?> LoadEditableAsync(Guid id, CancellationToken ct)
    {
        var loaded = await reader.FindReadableAsync(CurrentActor.From(User), id, ct);
        if (loaded is null) return NotFound();
        Application = loaded;
        if (!PermissionTable.Allows(loaded.State.Status, ActorRole.Researcher, ApplicationCommand.EditDraft))
            return RedirectToPage("/Applications/Details", new { id });
        return null;
    }

    /// <summary>Saves the form; on failure fills <see cref="Errors"/> and returns false.</summary>
    protected async Task<bool> SaveAsync(ApplicationForm form, CancellationToken ct)
    {
        var errors = ApplicationFormValidator.Validate(form);
        if (errors.Count > 0)
        {
            Errors = errors.Select(e => (FormFieldIds.For(e.Field), e.Message)).ToList();
            return false;
        }
        var result = await service.UpdateDraftAsync(CurrentActor.From(User), Id, form, null, ct);
        if (!result.Succeeded) Errors = [("main-content", result.Message ?? "Your answers could not be saved. Try again.")];
        return result.Succeeded;
    }

    /// <summary>Where "Save and continue" goes: back to Check your answers, the next page, or the task list.</summary>
    protected IActionResult Continue(FlowPages.Step step, string? action)
    {
        if (action == "later") return Redirect($"/applications/{Id}/tasks?saved=true");
        if (ReturnTo == "check") return Redirect($"/applications/{Id}/check-answers");
        var next = FlowPages.Next(step);
        return Redirect(next is null ? $"/applications/{Id}/tasks" : $"/applications/{Id}/{next.Url}");
    }

    protected IActionResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>
    /// Why the application came back, for this page: the screening's missing answers whose paths this page holds.
    /// The Chief Statistician's own reasons are free text and show on the task list.
    /// </summary>
    public IReadOnlyList<string> ReturnedHere(FlowPages.Step step) => Returned.Where(r => FlowPages.Holds(step, r.Path)).Select(r => r.Message).ToList();

    /// <summary>A reason in words only: the researcher is already on the page, so the JSON path adds nothing.</summary>
    public static string Plain(string reason) => Check.CheckAdvice.Plain(reason);

    public IReadOnlyList<(string Path, string Message)> Returned
    {
        get
        {
            var s = Application.State;
            if (s.Status is not (ApplicationStatus.ReturnedToResearcher or ApplicationStatus.ReturnedForChanges) || s.Screening is not { } screening) return [];
            return ReturnedPaths(screening);
        }
    }

    private static List<(string, string)> ReturnedPaths(ScreeningResult screening)
    {
        var c = screening.Completeness;
        var list = new List<(string, string)>();
        for (var i = 0; i < c.Missing.Count; i++) list.Add((i < c.MissingPaths.Count ? c.MissingPaths[i] : "", c.Missing[i]));
        return list;
    }
}
