using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Web.Register;

namespace ResearchRelease.Web.Pages.Register;

/// <summary>Public: who has been approved to use pupil data, for what, and until when. No researcher's personal details.</summary>
[AllowAnonymous]
public sealed class IndexModel(PublicRegister register) : PageModel
{
    public List<PublicRelease> Releases { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await foreach (var release in register.ApprovedAsync(ct)) Releases.Add(release);
    }
}
