using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Screening;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Auth;
using ResearchRelease.Web.Features.Screening;

namespace ResearchRelease.Web.Features.Drafting;

/// <summary>One application: where it is, what screening found, the decision and letter; links to submit and withdraw.</summary>
public sealed class DetailsModel(ApplicationReader reader, ScreeningService screening) : PageModel
{
    public LoadedApplication Application { get; private set; } = null!;
    public ApplicationState State => Application.State;

    /// <summary>Before submission the researcher sees the screening as advice; it is not recorded.</summary>
    public ScreeningResult? Advice { get; private set; }
    public bool Saved { get; private set; }

    public bool Can(ApplicationCommand command) => PermissionTable.Allows(State.Status, ActorRole.Researcher, command);

    /// <summary>Shown after a lifecycle command redirected here.</summary>
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool saved, string? extension, string? destruction, CancellationToken ct)
    {
        Saved = saved;
        Notice =
            extension == "requested" ? "Your extension request has been sent. It is screened and then decided by the Chief Statistician."
            : destruction == "confirmed" ? "You have confirmed that the data has been destroyed. The release is closed."
            : null;
        return await Load(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        var loaded = await reader.FindReadableAsync(CurrentActor.From(User), id, ct);
        if (loaded is null)
            return false;
        Application = loaded;
        if (Can(ApplicationCommand.Submit))
            Advice = screening.Screen(loaded.State.Form, DateOnly.FromDateTime(DateTime.UtcNow));
        return true;
    }
}
