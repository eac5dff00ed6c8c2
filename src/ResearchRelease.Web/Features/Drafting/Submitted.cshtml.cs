using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Auth;

namespace ResearchRelease.Web.Features.Drafting;

/// <summary>
/// The GOV.UK confirmation page after submitting: the reference in a panel, what happens next and when to expect a
/// decision. It reads the application, so it shows only to those who may read it and only once it is submitted.
/// </summary>
public sealed class SubmittedModel(ApplicationReader reader) : PageModel
{
    /// <summary>The service level the decision reminder is set against: the workflow reminds after 10 working days.</summary>
    public const int DecisionWorkingDays = 10;

    public ApplicationState State { get; private set; } = null!;
    public Guid Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var loaded = await reader.FindReadableAsync(CurrentActor.From(User), id, ct);
        if (loaded is null)
            return NotFound();
        // A draft has not been submitted: its own page says what to do next.
        if (loaded.State.Status == ApplicationStatus.Draft)
            return RedirectToPage("/Drafting/Details", new { id });
        (State, Id) = (loaded.State, id);
        return Page();
    }
}
