using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ResearchRelease.Web.Features.Statistics;

/// <summary>Public: how researcher applications are decided, in numbers, from the statistics projection at every request.</summary>
[AllowAnonymous]
public sealed class IndexModel(DecisionStatistics statistics) : PageModel
{
    public DecisionFigures Figures { get; private set; } = new([], 0, 0, 0, []);

    public async Task OnGetAsync(CancellationToken ct) => Figures = await statistics.ComputeAsync(ct);
}
