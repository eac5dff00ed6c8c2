using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Screening;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Auth;
using ResearchRelease.Web.Process;

namespace ResearchRelease.Web.Pages.Decisions;

/// <summary>
/// The Chief Statistician's case page. Signing is deliberate: "Review" shows exactly what will be signed
/// (computed by the same domain rules that record it), and only "Sign" records it — at the version shown.
/// </summary>
public sealed class CaseModel(ApplicationReader reader, ApplicationService service, ScreeningService screening, TimeProvider clock) : PageModel
{
    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    public LoadedApplication Application { get; private set; } = null!;
    public ApplicationState State => Application.State;
    /// <summary>The other wording of the test, shown when it would reach a different overall outcome.</summary>
    public ScreeningResult? Alternative { get; private set; }
    public DecisionRecorded? Preview { get; private set; }
    public string? ErrorField { get; private set; }
    public string? Error { get; private set; }
    public bool Decided { get; private set; }
    /// <summary>An extension round is approved or refused, never returned: an approved release is not sent back.</summary>
    public IReadOnlyList<string> Outcomes => State.IsExtensionRound ? ExtensionRules.Outcomes : DecisionOutcomes.All;

    public async Task<IActionResult> OnGetAsync(Guid id, bool decided, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        Decided = decided;
        Input.Version = State.Version;
        if (State.IsExtensionRound && State.PendingExtension is { } x)
            (Input.EndDay, Input.EndMonth, Input.EndYear) = (x.NewEndDate.Day.ToString(CultureInfo.InvariantCulture),
                x.NewEndDate.Month.ToString(CultureInfo.InvariantCulture), x.NewEndDate.Year.ToString(CultureInfo.InvariantCulture));
        return Page();
    }

    public async Task<IActionResult> OnPostReviewAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        var (request, dateError) = BuildRequest();
        if (dateError is not null) return Invalid("EndDay", dateError);
        var outcome = ApplicationDecider.Decide(State, CurrentActor.From(User), request, Today());
        if (!outcome.Succeeded) return Invalid(FieldId(outcome.Field), outcome.Message!);
        Preview = outcome.Events.OfType<DecisionRecorded>().Single();
        return Page();
    }

    public async Task<IActionResult> OnPostSignAsync(Guid id, bool confirmed, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        var (request, dateError) = BuildRequest();
        if (dateError is not null) return Invalid("EndDay", dateError);
        if (!confirmed)
        {
            Preview = ApplicationDecider.Decide(State, CurrentActor.From(User), request, Today()).Events.OfType<DecisionRecorded>().SingleOrDefault();
            return Invalid("confirmed", "Confirm that you have read the decision and want to sign it.");
        }
        var result = await service.DecideAsync(CurrentActor.From(User), id, request, ct);
        if (result.Succeeded) return RedirectToPage(new { id, decided = true });
        if (result.Failure == CommandFailure.NotFound) return NotFound();
        await Load(id, ct);
        Input.Version = State.Version;
        return Invalid(FieldId(result.Field), result.Message!);
    }

    private (DecisionRequest Request, string? DateError) BuildRequest()
    {
        var (endDate, error) = Input.EndDate();
        return (new DecisionRequest(Input.Outcome, Input.Reasons, Input.ConditionLines(), endDate, Input.Version), error);
    }

    private PageResult Invalid(string field, string message)
    {
        ErrorField = field;
        Error = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private static string FieldId(string? field) => field switch
    {
        "outcome" => "Outcome",
        "reasons" => "Reasons",
        "conditions" => "Conditions",
        "endDate" => "EndDay",
        _ => "decision",
    };

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        var loaded = await reader.FindReadableAsync(CurrentActor.From(User), id, ct);
        if (loaded is null) return false;
        Application = loaded;
        if (loaded.State.Screening is { } result && loaded.State.SubmittedForm is { } form)
        {
            var other = screening.Screen(form, result.Ruleset == "2009" ? Ruleset.Wording2013 : Ruleset.Wording2009);
            Alternative = other.Overall != result.Overall ? other : null;
        }
        return true;
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
