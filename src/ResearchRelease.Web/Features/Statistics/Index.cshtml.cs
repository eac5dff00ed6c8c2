using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ResearchRelease.Web.Features.Statistics;

/// <summary>Public: how researcher applications are decided, in numbers, from the statistics projection at every request.</summary>
[AllowAnonymous]
public sealed class IndexModel(DecisionStatistics statistics) : PageModel
{
    public DecisionFigures Figures { get; private set; } = new([], 0, 0, 0, []);

    public async Task OnGetAsync(CancellationToken ct) => Figures = await statistics.ComputeAsync(ct);

    /// <summary>
    /// What to say when no screening finding lies behind any refusal. Read from the same counts as the table beside it, so
    /// the page can never say that nothing was refused while the table shows a refusal.
    /// </summary>
    public static string NoReasonsWords(DecisionFigures figures)
    {
        var refused = figures.Quarters.Sum(q => q.Count(FactKinds.Refused));
        return refused == 0
            ? "No applications have been refused."
            : $"{refused} {(refused == 1 ? "application has" : "applications have")} been refused, but the screening found nothing against "
                + $"{(refused == 1 ? "it" : "them")}: the reasons are the Chief Statistician's own, in each decision.";
    }
}
