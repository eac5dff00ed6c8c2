using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Auth;

namespace ResearchRelease.Web.Features.Drafting;

/// <summary>
/// "Are you sure?" before withdrawing: withdrawal cannot be undone, so it is never one click from the application's
/// page. Offered only while the permission table allows it; otherwise the application's own page is shown.
/// </summary>
public sealed class WithdrawModel(ApplicationReader reader, ApplicationService service) : PageModel
{
    public const int MaxReasonLength = 2_000;

    public ApplicationState State { get; private set; } = null!;
    public Guid Id { get; private set; }
    public string? Error { get; private set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } other)
            return other;
        var reason = string.IsNullOrWhiteSpace(Reason) ? null : Reason.Trim();
        if (reason?.Length > MaxReasonLength)
            return Invalid($"The reason must be {MaxReasonLength:N0} characters or fewer");
        var result = await service.WithdrawAsync(CurrentActor.From(User), id, reason, ct);
        if (result.Failure == CommandFailure.NotFound)
            return NotFound();
        if (result.Succeeded)
            return RedirectToPage("/Drafting/Details", new { id });
        return Invalid(result.Message ?? "The application could not be withdrawn");
    }

    private PageResult Invalid(string message)
    {
        Error = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var loaded = await reader.FindReadableAsync(CurrentActor.From(User), id, ct);
        if (loaded is null)
            return NotFound();
        (State, Id) = (loaded.State, id);
        return PermissionTable.Allows(State.Status, ActorRole.Researcher, ApplicationCommand.Withdraw)
            ? null
            : RedirectToPage("/Drafting/Details", new { id });
    }
}
