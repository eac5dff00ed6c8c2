using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Auth;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Features.Drafting;

public sealed class IndexModel(ApplicationReader reader) : PageModel
{
    public IReadOnlyList<ApplicationRecord> Applications { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Applications = await reader.ForOwnerAsync(CurrentActor.From(User).Subject, ct);
}
