using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Web.Applications;

namespace ResearchRelease.Web.Pages.Compliance;

public sealed class IndexModel(ApplicationReader reader) : PageModel
{
    public IReadOnlyList<RegisterEntry> Decisions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Decisions = await reader.DecisionsAsync(ct);
}
