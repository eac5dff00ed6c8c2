using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Auth;
using ResearchRelease.Web.Infrastructure;

namespace ResearchRelease.Web.Features.Lifecycle;

/// <summary>
/// "Request an extension": a later end date and why, then a check page, then the request. Checked by the same
/// domain rule that records it, so the check page never shows what would then be refused.
/// </summary>
public sealed class ExtensionModel(ApplicationReader reader, ApplicationService service, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? NewEndDay { get; set; }

    [BindProperty]
    public string? NewEndMonth { get; set; }

    [BindProperty]
    public string? NewEndYear { get; set; }

    [BindProperty]
    public string? Justification { get; set; }

    public LoadedApplication Application { get; private set; } = null!;
    public ApplicationState State => Application.State;
    public ExtensionRequested? Checked { get; private set; }
    public List<(string Id, string Message)> Errors { get; } = [];

    public string? ErrorFor(string id) => Errors.FirstOrDefault(e => e.Id == id).Message;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await Load(id, ct) ?? Page();

    public async Task<IActionResult> OnPostCheckAsync(Guid id, CancellationToken ct)
    {
        if (await Load(id, ct) is { } stop)
            return stop;
        var (date, dateError) = DateParts.Parse(
            NewEndDay,
            NewEndMonth,
            NewEndYear,
            "The new end date must be a real date, for example 31 3 2029."
        );
        if (dateError is not null)
            return Invalid("NewEndDay", dateError);
        var outcome = LifecycleDecider.RequestExtension(
            State,
            CurrentActor.From(User),
            date,
            Justification,
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)
        );
        if (!outcome.Succeeded)
            return Failed(outcome.Failure, outcome.Field, outcome.Message!);
        Checked = outcome.Events.OfType<ExtensionRequested>().Single();
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(Guid id, CancellationToken ct)
    {
        if (await Load(id, ct) is { } stop)
            return stop;
        var (date, dateError) = DateParts.Parse(
            NewEndDay,
            NewEndMonth,
            NewEndYear,
            "The new end date must be a real date, for example 31 3 2029."
        );
        if (dateError is not null)
            return Invalid("NewEndDay", dateError);
        var result = await service.RequestExtensionAsync(CurrentActor.From(User), id, date, Justification, ct);
        if (result.Succeeded)
            return Redirect($"/applications/{id}?extension=requested");
        return Failed(result.Failure, result.Field, result.Message!);
    }

    private IActionResult Failed(CommandFailure failure, string? field, string message) =>
        failure switch
        {
            CommandFailure.NotFound => NotFound(),
            CommandFailure.Invalid => Invalid(field == "justification" ? "Justification" : "NewEndDay", message),
            _ => Invalid("NewEndDay", message),
        };

    private PageResult Invalid(string id, string message)
    {
        Errors.Add((id, message));
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Not the owner's: 404. Not an approved, running release: back to the application's page.</summary>
    private async Task<IActionResult?> Load(Guid id, CancellationToken ct)
    {
        var loaded = await reader.FindReadableAsync(CurrentActor.From(User), id, ct);
        if (loaded is null)
            return NotFound();
        Application = loaded;
        return PermissionTable.Allows(loaded.State.Status, ActorRole.Researcher, ApplicationCommand.RequestExtension)
            ? null
            : Redirect($"/applications/{id}");
    }
}
