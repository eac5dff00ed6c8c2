using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Auth;

namespace ResearchRelease.Web.Features.Corrections;

/// <summary>
/// Issue a corrected letter (the Chief Statistician, or a deputy under a designation in force; never on an application
/// they are named on). Like a decision,
/// it is deliberate: "Review" shows exactly what the new letter will say and what it replaces, computed by the same
/// domain rules that record it, and only "Sign" issues it — at the version shown.
/// </summary>
public sealed class CorrectLetterModel(ApplicationReader reader, LetterCorrector corrector) : PageModel
{
    [BindProperty]
    public CorrectionInput Input { get; set; } = new();

    public LoadedApplication Application { get; private set; } = null!;
    public ApplicationState State => Application.State;
    public IReadOnlyList<LetterEntry> Letters { get; private set; } = [];
    public LetterCorrected? Preview { get; private set; }
    public string? ErrorField { get; private set; }
    public string? Error { get; private set; }
    public LetterEntry? Issued { get; private set; }

    /// <summary>The application's state no longer allows a correction: the page says so instead of offering the form.</summary>
    public bool NotCorrectable { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? issued, CancellationToken ct)
    {
        if (!await Load(id, ct))
            return NotFound();
        Input = CorrectionInput.From(State);
        Issued = issued is { } letterId ? Letters.FirstOrDefault(l => l.LetterId == letterId) : null;
        if (State.Letter is null)
            return Fail(null, "There is no issued letter to correct on this application.", StatusCodes.Status409Conflict);
        // The same table that shows the case page's link: a closed or expired release's letter is not offered for correction.
        if (Issued is null && !PermissionTable.Allows(State.Status, ActorRole.ChiefStatistician, ApplicationCommand.CorrectLetter))
        {
            NotCorrectable = true;
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostReviewAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct))
            return NotFound();
        var outcome = await corrector.PreviewAsync(State, CurrentActor.From(User), Input.ToRequest(), ct);
        if (!outcome.Succeeded)
            return Fail(outcome.Field, outcome.Message!, StatusOf(outcome.Failure));
        Preview = outcome.Events.OfType<LetterCorrected>().Single();
        return Page();
    }

    public async Task<IActionResult> OnPostSignAsync(Guid id, bool confirmed, CancellationToken ct)
    {
        if (!await Load(id, ct))
            return NotFound();
        var actor = CurrentActor.From(User);
        if (!confirmed)
        {
            Preview = (await corrector.PreviewAsync(State, actor, Input.ToRequest(), ct))
                .Events.OfType<LetterCorrected>()
                .SingleOrDefault();
            return Fail(
                "confirmed",
                "Confirm that you have read the corrected letter and want to sign it.",
                StatusCodes.Status400BadRequest
            );
        }
        var (result, letter) = await corrector.CorrectAsync(actor, id, Input.ToRequest(), ct);
        if (result.Succeeded)
            return RedirectToPage(new { id, issued = letter!.Id });
        if (result.Failure == CommandFailure.NotFound)
            return NotFound();
        await Load(id, ct);
        return Fail(result.Field, result.Message!, StatusOf(result.Failure));
    }

    private static int StatusOf(CommandFailure failure) =>
        failure switch
        {
            CommandFailure.Forbidden => StatusCodes.Status403Forbidden,
            CommandFailure.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };

    private PageResult Fail(string? field, string message, int status)
    {
        ErrorField = field switch
        {
            "reason" => "Reason",
            "addresseeName" => "AddresseeName",
            "addresseeJobTitle" => "AddresseeJobTitle",
            "organisationName" => "OrganisationName",
            "projectTitle" => "ProjectTitle",
            "conditions" => "Conditions",
            "confirmed" => "confirmed",
            _ => "correction",
        };
        Error = message;
        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        var loaded = await reader.FindReadableAsync(CurrentActor.From(User), id, ct);
        if (loaded is null)
            return false;
        Application = loaded;
        Letters = LetterHistory.From(loaded);
        return true;
    }
}
