using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Web.Audit;

namespace ResearchRelease.Web.Features.Register;

/// <summary>Public: who has been approved to use pupil data, for what, and until when. No researcher's personal details.</summary>
[AllowAnonymous]
public sealed class IndexModel(PublicRegister register, RegisterAnchorFile anchors) : PageModel
{
    public List<PublicRelease> Releases { get; } = [];

    /// <summary>
    /// The latest signed register head, published so that a later deletion from the record can be shown against a value
    /// that left the service's hands (ADR 0015). It names no application.
    /// </summary>
    public RegisterAnchor? Anchor { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await foreach (var release in register.ApprovedAsync(ct)) Releases.Add(release);
        Anchor = anchors.Latest();
    }
}
