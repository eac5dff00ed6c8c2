using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.StandingShares;
using ResearchRelease.Web.Auth;
using ResearchRelease.Web.Catalogue;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Features.StandingShares;

/// <summary>
/// One standing share: its terms in force and any being written, its decisions, and its record (every event with who,
/// when and its hash). The buttons come from <see cref="SharePermissions"/>, so the page never offers what would be refused.
/// </summary>
public sealed class ShareModel(StandingShareStore store, StandingShareService service, CatalogueCache catalogue, RecentSignIn recentSignIn)
    : PageModel
{
    public Guid Id { get; private set; }
    public StandingShareState State { get; private set; } = StandingShareState.Empty;
    public IReadOnlyList<StoredShareEvent> Rows { get; private set; } = [];
    public Actor Viewer { get; private set; } = Actor.Workflow;
    public string? Error { get; private set; }
    public string? ErrorField { get; private set; }

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? Reasons { get; set; }

    [BindProperty]
    public int? Version { get; set; }

    public bool May(ShareCommand command) => SharePermissions.Allows(State.Status, Viewer.Role, command);

    public string ItemName(string code) => catalogue.Current.Find(code)?.Name ?? code;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        return Done(id, await service.SubmitAsync(Viewer, id, Version, ct));
    }

    /// <summary>The decision was accepted by the rule and is shown back to be signed; nothing is recorded yet.</summary>
    public bool Reviewing { get; private set; }

    /// <summary>"Continue" under the decision form: checks it as signing would and asks the decider to check it.</summary>
    public async Task<IActionResult> OnPostDecideAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        var result = await service.CheckDecisionAsync(Viewer, id, Outcome, Reasons, Version, ct);
        if (!result.Succeeded)
            return Done(id, result);
        Reviewing = true;
        return Page();
    }

    /// <summary>"Sign and record decision" on the check page: the decision is recorded and cannot be undone.</summary>
    public async Task<IActionResult> OnPostSignAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        // Nothing is recorded without a recent sign-in: the decider proves who they are again and comes back unsigned.
        if (!recentSignIn.IsRecent(User))
            return Challenge(recentSignIn.Challenge($"/standing-shares/{id}"));
        return Done(id, await service.DecideAsync(Viewer, id, Outcome, Reasons, Version, ct));
    }

    private IActionResult Done(Guid id, ShareResult result)
    {
        if (result.Succeeded)
            return Redirect($"/standing-shares/{id}");
        if (result.Failure == CommandFailure.NotFound)
            return NotFound();
        (Error, ErrorField) = (
            result.Message,
            result.Field switch
            {
                "outcome" => "Outcome",
                "reasons" => "Reasons",
                _ => null,
            }
        );
        Response.StatusCode = result.Failure == CommandFailure.Invalid ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await store.LoadAsync(id, ct) is not { } loaded)
            return false;
        (Id, State, Rows, Viewer) = (id, loaded.State, loaded.Rows, CurrentActor.From(User));
        return true;
    }
}
