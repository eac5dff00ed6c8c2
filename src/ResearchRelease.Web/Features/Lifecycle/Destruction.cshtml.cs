using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Auth;
using ResearchRelease.Web.Infrastructure;

namespace ResearchRelease.Web.Features.Lifecycle;

/// <summary>
/// "Confirm destruction of the data": the researcher's declaration once the release has expired. The declaration
/// closes the release and cannot be withdrawn, so the answers are checked first and an "Are you sure?" page asks
/// again; only its button records anything.
/// </summary>
public sealed class DestructionModel(ApplicationReader reader, ApplicationService service, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? Method { get; set; }

    [BindProperty]
    public string? DestroyedDay { get; set; }

    [BindProperty]
    public string? DestroyedMonth { get; set; }

    [BindProperty]
    public string? DestroyedYear { get; set; }

    [BindProperty]
    public bool Declaration { get; set; }

    public LoadedApplication Application { get; private set; } = null!;
    public ApplicationState State => Application.State;
    public List<(string Id, string Message)> Errors { get; } = [];

    /// <summary>The answers were accepted and are shown back for a last "Are you sure?".</summary>
    public bool Confirming { get; private set; }

    public DateOnly? DestroyedOn { get; private set; }

    public string? ErrorFor(string id) => Errors.FirstOrDefault(e => e.Id == id).Message;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await Load(id, ct) ?? Page();

    /// <summary>The form's button: checks the answers as the command would, records nothing.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await Load(id, ct) is { } stop)
            return stop;
        if (Answers() is not { } date)
            return Invalid();
        var outcome = LifecycleDecider.ConfirmDestruction(
            State,
            CurrentActor.From(User),
            Method,
            date,
            Declaration,
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)
        );
        if (!outcome.Succeeded)
            return Failed(outcome.Failure, outcome.Field, outcome.Message!);
        (Confirming, DestroyedOn) = (true, date);
        return Page();
    }

    /// <summary>"Yes, confirm destruction" on the "Are you sure?" page: the declaration is recorded.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken ct)
    {
        if (await Load(id, ct) is { } stop)
            return stop;
        if (Answers() is not { } date)
            return Invalid();
        var result = await service.ConfirmDestructionAsync(CurrentActor.From(User), id, Method, date, Declaration, ct);
        if (result.Succeeded)
            return Redirect($"/applications/{id}?destruction=confirmed");
        return Failed(result.Failure, result.Field, result.Message!);
    }

    /// <summary>Every missing answer is listed at once, as GOV.UK forms do; the domain then checks the values.</summary>
    private DateOnly? Answers()
    {
        var (date, dateError) = DateParts.Parse(
            DestroyedDay,
            DestroyedMonth,
            DestroyedYear,
            "The date the data was destroyed must be a real date, for example 27 3 2029."
        );
        if (string.IsNullOrWhiteSpace(Method))
            Errors.Add(("Method", "Enter how the data was destroyed."));
        if (dateError is not null)
            Errors.Add(("DestroyedDay", dateError));
        else if (date is null)
            Errors.Add(("DestroyedDay", "Enter the date the data was destroyed."));
        if (!Declaration)
            Errors.Add(("Declaration", "Confirm the declaration that the data has been destroyed."));
        return Errors.Count == 0 ? date : null;
    }

    private IActionResult Failed(CommandFailure failure, string? field, string message)
    {
        if (failure == CommandFailure.NotFound)
            return NotFound();
        Errors.Add(
            (
                field switch
                {
                    "method" => "Method",
                    "declaration" => "Declaration",
                    _ => "DestroyedDay",
                },
                message
            )
        );
        return Invalid();
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Not the owner's: 404. Not expired (nothing to confirm yet, or already confirmed): back to the application's page.</summary>
    private async Task<IActionResult?> Load(Guid id, CancellationToken ct)
    {
        var loaded = await reader.FindReadableAsync(CurrentActor.From(User), id, ct);
        if (loaded is null)
            return NotFound();
        Application = loaded;
        return PermissionTable.Allows(loaded.State.Status, ActorRole.Researcher, ApplicationCommand.ConfirmDestruction)
            ? null
            : Redirect($"/applications/{id}");
    }
}
