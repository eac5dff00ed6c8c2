using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ResearchRelease.Web.Features.Lifecycle;

/// <summary>Expired releases waiting for destruction to be confirmed; overdue ones (and the engine's flag) first.</summary>
public sealed class ReleasesModel(ExpiredReleases releases) : PageModel
{
    public IReadOnlyList<ExpiredRelease> Releases { get; private set; } = [];
    public bool OverdueOnly { get; private set; }

    public async Task OnGetAsync(bool overdue, CancellationToken ct)
    {
        OverdueOnly = overdue;
        Releases = await releases.ListAsync(overdue, ct);
    }
}
