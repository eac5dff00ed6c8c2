using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ResearchRelease.Web.Features.Screening;

/// <summary>
/// Approved, unexpired releases screened again under the policy in force, beside the result they were decided on: for
/// compliance (each links to its record) and the Chief Statistician (each links to its case).
/// </summary>
public sealed class RescreeningModel(Rescreening rescreening, ScreeningService screening) : PageModel
{
    public IReadOnlyList<RescreenedRelease> Releases { get; private set; } = [];
    public string PolicyVersion => screening.Policy.Version;

    public async Task OnGetAsync(CancellationToken ct) => Releases = await rescreening.ListAsync(ct);
}
