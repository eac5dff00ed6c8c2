using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Web.Applications;

namespace ResearchRelease.Web.Features.Decisions;

public sealed class IndexModel(ApplicationReader reader) : PageModel
{
    public IReadOnlyList<QueueEntry> Queue { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Queue = await reader.QueueAsync(ct);
}
