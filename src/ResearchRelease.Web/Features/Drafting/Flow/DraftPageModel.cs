using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Screening;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Auth;
using ResearchRelease.Web.Features.Screening;

namespace ResearchRelease.Web.Features.Drafting.Flow;

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
        if (loaded is null)
            return NotFound();
        Application = loaded;
        if (!PermissionTable.Allows(loaded.State.Status, ActorRole.Researcher, ApplicationCommand.EditDraft))
            return RedirectToPage("/Drafting/Details", new { id });
        return null;
    }

    /// <summary>
    /// Saves this page's change to the draft. The page posts the version it was rendered from (hidden field
    /// <c>DraftVersion</c>); the version is only used to find what this tab saw, never as the version to write at.
    /// When another tab saved since: if it changed only other pages' answers, this page's change is applied on
    /// top of the newer draft (and the next page says so); if it changed this page's answers, nothing is saved and
    /// <see cref="Conflict"/> is set so that the page shows both. On failure fills <see cref="Errors"/> or
    /// <see cref="Conflict"/> and returns false.
    /// </summary>
    protected async Task<bool> SaveAsync(FlowPages.Step step, Func<ApplicationForm, ApplicationForm> change, CancellationToken ct)
    {
        var current = Application.State;
        if (PostedVersion() is not { } seen)
        {
            Errors = [("main-content", "This page was out of date, so your answers have not been saved. Check them and save again.")];
            return false;
        }
        var seenForm = Application.StateAt(seen).Form;
        var yours = change(seenForm);
        var errors = ApplicationFormValidator.Validate(yours);
        if (errors.Count > 0)
        {
            Errors = errors.Select(e => (FormFieldIds.For(e.Field), e.Message)).ToList();
            return false;
        }
        var merged = seen != current.Version;
        // Both tabs typing the same answers is no conflict.
        if (merged && !DraftSections.Same(seenForm, current.Form, step.Paths) && !DraftSections.Same(yours, current.Form, step.Paths))
        {
            var catalogue = HttpContext.RequestServices.GetRequiredService<ScreeningService>().Catalogue;
            Conflict = new DraftConflict(
                step.Title,
                Request.Path + (ReturnTo == "check" ? "?returnTo=check" : ""),
                AnswerRows.ForStep(current.Form, catalogue, step),
                AnswerRows.ForStep(yours, catalogue, step),
                DraftSections.Extract(yours, step.Paths).ToJsonString(),
                current.Version
            );
            return false;
        }
        var form = merged ? change(current.Form) : yours;
        if (merged && ApplicationFormValidator.Validate(form) is { Count: > 0 } mergedErrors)
        {
            Errors = mergedErrors.Select(e => (FormFieldIds.For(e.Field), e.Message)).ToList();
            return false;
        }
        var result = await service.UpdateDraftAsync(CurrentActor.From(User), Id, form, current.Version, ct);
        if (!result.Succeeded)
        {
            Errors = [("main-content", result.Message ?? "Your answers could not be saved. Try again.")];
            return false;
        }
        if (merged)
            TempData[MergedKey] = "true";
        return true;
    }

    public const string MergedKey = "draft-merged";

    /// <summary>The version this page shows: on a refused post, still the one the posted answers were based on.</summary>
    public int RenderedVersion => PostedVersion() ?? Application.State.Version;

    /// <summary>Set when a save was refused because another tab changed this page's answers.</summary>
    public DraftConflict? Conflict { get; private set; }

    /// <summary>The posted <c>DraftVersion</c> if it is a version this draft has had (1 to now); anything else is not trusted.</summary>
    private int? PostedVersion() =>
        int.TryParse(DraftVersion, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v)
        && v >= 1
        && v <= Application.State.Version
            ? v
            : null;

    /// <summary>Hidden field on every form of the flow that saves: the draft version the page was rendered from.</summary>
    [BindProperty]
    public string? DraftVersion { get; set; }

    /// <summary>
    /// "Keep my answers" on the conflict page: this page's answers, as the conflict page carried them, put onto the
    /// draft as it is now. Only the step's own paths are read, and the result is validated like any save.
    /// </summary>
    public async Task<IActionResult> OnPostKeepMineAsync(Guid id, string? yours, CancellationToken ct)
    {
        if (await LoadEditableAsync(id, ct) is { } other)
            return other;
        if (FlowStep is not { } step)
            return NotFound();
        JsonObject section;
        try
        {
            section = JsonNode.Parse(yours ?? "") as JsonObject ?? throw new JsonException("Not an object.");
            _ = DraftSections.Replace(Form, section, step.Paths);
        }
        catch (JsonException)
        {
            PrepareForPage();
            Errors = [("main-content", "Your answers could not be read. Enter them again.")];
            return Invalid();
        }
        if (!await SaveAsync(step, f => DraftSections.Replace(f, section, step.Paths), ct))
        {
            PrepareForPage();
            return Invalid();
        }
        TempData[MergedKey] = "kept";
        return Redirect(Request.Path + (ReturnTo == "check" ? "?returnTo=check" : ""));
    }

    /// <summary>The flow step this page saves (for the question pages, the one named in the address).</summary>
    protected abstract FlowPages.Step? FlowStep { get; }

    /// <summary>Sets what the page needs to render after a refused "keep my answers".</summary>
    protected virtual void PrepareForPage() { }

    /// <summary>Where "Save and continue" goes: back to Check your answers, the next page, or the task list.</summary>
    protected IActionResult Continue(FlowPages.Step step, string? action)
    {
        if (action == "later")
            return Redirect($"/applications/{Id}/tasks?saved=true");
        if (ReturnTo == "check")
            return Redirect($"/applications/{Id}/check-answers");
        var next = FlowPages.Next(step);
        return Redirect(next is null ? $"/applications/{Id}/tasks" : $"/applications/{Id}/{next.Url}");
    }

    /// <summary>The page again: 409 with both sets of answers after a conflicting save, otherwise 400 with the errors.</summary>
    protected IActionResult Invalid()
    {
        Response.StatusCode = Conflict is null ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        return Page();
    }

    /// <summary>
    /// Why the application came back, for this page: the screening's missing answers and blocking findings whose paths
    /// this page holds.
    /// The Chief Statistician's own reasons are free text and show on the task list.
    /// </summary>
    public IReadOnlyList<string> ReturnedHere(FlowPages.Step step) =>
        Returned.Where(r => FlowPages.Holds(step, r.Path)).Select(r => r.Message).ToList();

    /// <summary>A reason in words only: the researcher is already on the page, so the JSON path adds nothing.</summary>
    public static string Plain(string reason) => Screening.CheckAdvice.Plain(reason);

    public IReadOnlyList<(string Path, string Message)> Returned
    {
        get
        {
            var s = Application.State;
            if (
                s.Status is not (ApplicationStatus.ReturnedToResearcher or ApplicationStatus.ReturnedForChanges)
                || s.Screening is not { } screening
            )
                return [];
            return ReturnedPaths(screening);
        }
    }

    private static List<(string, string)> ReturnedPaths(ScreeningResult screening)
    {
        var c = screening.Completeness;
        var list = new List<(string, string)>();
        for (var i = 0; i < c.Missing.Count; i++)
            list.Add((i < c.MissingPaths.Count ? c.MissingPaths[i] : "", c.Missing[i]));
        // Blocking findings show on the page holding the answer they rest on, so the researcher sees what to change there.
        foreach (var f in screening.Findings.Where(f => f.Severity == FindingSeverities.Blocks))
            list.Add((f.Evidence.Count > 0 ? f.Evidence[0] : "", f.Reason));
        return list;
    }
}
