using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Screening;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Auth;
using ResearchRelease.Web.Features.Deputies;
using ResearchRelease.Web.Features.Screening;
using ResearchRelease.Workflow;

namespace ResearchRelease.Web.Features.Decisions;

/// <summary>
/// The Chief Statistician's case page. Signing is deliberate: "Review" shows exactly what will be signed
/// (computed by the same domain rules that record it), and only "Sign" records it — at the version shown.
/// </summary>
public sealed class CaseModel(
    ApplicationReader reader,
    ApplicationService service,
    ScreeningService screening,
    RecentSignIn recentSignIn,
    DesignationService designations,
    TimeProvider clock,
    IReleaseProcess process
) : PageModel
{
    /// <summary>The workflow engine's journal for this application, read-only.</summary>
    public IReadOnlyList<JournalEntry> Journal { get; private set; } = [];

    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    public LoadedApplication Application { get; private set; } = null!;
    public ApplicationState State => Application.State;

    /// <summary>The other wording of the test, shown when it would reach a different overall outcome.</summary>
    public ScreeningResult? Alternative { get; private set; }
    public DecisionRecorded? Preview { get; private set; }

    /// <summary>For a deputy: the designation they decide under.</summary>
    public Domain.Deputies.DeputyDesignation? Designation { get; private set; }
    public string? ErrorField { get; private set; }
    public string? Error { get; private set; }
    public bool Decided { get; private set; }

    /// <summary>The user has just signed in again to sign: the decision they were signing is shown for review once more.</summary>
    public bool Resumed { get; private set; }
    public TimeSpan SignInMaxAge => recentSignIn.MaxAge;

    /// <summary>An extension round is approved or refused, never returned: an approved release is not sent back.</summary>
    public IReadOnlyList<string> Outcomes => State.IsExtensionRound ? ExtensionRules.Outcomes : DecisionOutcomes.All;

    public async Task<IActionResult> OnGetAsync(Guid id, bool decided, bool resume, CancellationToken ct)
    {
        if (!await Load(id, ct))
            return NotFound();
        Journal = await process.JournalAsync(id, ct);
        Decided = decided;
        Input.Version = State.Version;
        if (resume && ResumeDraft.Take(TempData, id) is { } draft && State.Status == ApplicationStatus.AwaitingDecision)
        {
            Input = draft;
            Resumed = true;
            return await OnPostReviewAsync(id, ct);
        }
        if (State.IsExtensionRound && State.PendingExtension is { } x)
            (Input.EndDay, Input.EndMonth, Input.EndYear) = (
                x.NewEndDate.Day.ToString(CultureInfo.InvariantCulture),
                x.NewEndDate.Month.ToString(CultureInfo.InvariantCulture),
                x.NewEndDate.Year.ToString(CultureInfo.InvariantCulture)
            );
        return Page();
    }

    public async Task<IActionResult> OnPostReviewAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct))
            return NotFound();
        var (request, dateError) = BuildRequest();
        if (dateError is not null)
            return Invalid("EndDay", dateError);
        var outcome = ApplicationDecider.Decide(State, CurrentActor.From(User), request, Today(), Designation);
        if (!outcome.Succeeded)
            return Invalid(FieldId(outcome.Field), outcome.Message!);
        Preview = outcome.Events.OfType<DecisionRecorded>().Single();
        return Page();
    }

    public async Task<IActionResult> OnPostSignAsync(Guid id, bool confirmed, CancellationToken ct)
    {
        if (!await Load(id, ct))
            return NotFound();
        var (request, dateError) = BuildRequest();
        if (dateError is not null)
            return Invalid("EndDay", dateError);
        if (!confirmed)
        {
            var review = ApplicationDecider.Decide(State, CurrentActor.From(User), request, Today(), Designation);
            // Found by fuzzing: an invalid decision has no preview, so no "confirmed" box for the error to point at.
            if (!review.Succeeded)
                return Invalid(FieldId(review.Field), review.Message!);
            Preview = review.Events.OfType<DecisionRecorded>().SingleOrDefault();
            return Invalid("confirmed", "Confirm that you have read the decision and want to sign it.");
        }
        if (!recentSignIn.IsRecent(User))
        {
            // Nothing is recorded: the user proves who they are again and comes back to this decision, unsigned.
            ResumeDraft.Keep(TempData, id, Input);
            return Challenge(recentSignIn.Challenge($"/decisions/{id}?resume=true"));
        }
        var result = await service.DecideAsync(CurrentActor.From(User), id, request, ct);
        if (result.Succeeded)
            return RedirectToPage(new { id, decided = true });
        if (result.Failure == CommandFailure.NotFound)
            return NotFound();
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

    private static string FieldId(string? field) =>
        field switch
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
        if (loaded is null)
            return false;
        Application = loaded;
        Designation = await designations.StandingOfAsync(CurrentActor.From(User), ct);
        if (loaded.State.Screening is { } result && loaded.State.SubmittedForm is { } form)
        {
            var other = screening.Screen(
                form,
                result.Ruleset == "2009" ? Ruleset.Wording2013 : Ruleset.Wording2009,
                loaded.State.SubmittedOn
            );
            Alternative = other.Overall != result.Overall ? other : null;
        }
        return true;
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
