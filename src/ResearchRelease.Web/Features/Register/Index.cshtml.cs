using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Domain.Catalogue;
using ResearchRelease.Web.Audit;
using ResearchRelease.Web.Features.Screening;

namespace ResearchRelease.Web.Features.Register;

/// <summary>
/// Public: every disclosure of pupil data (researcher releases and standing shares) — who receives what, for what, under
/// which law and until when — filtered and paged in SQL. No researcher's personal details and nothing about any pupil.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(PublicRegister register, RegisterAnchorFile anchors, ScreeningService screening, RegisterSnapshots snapshots)
    : PageModel
{
    public List<PublicRelease> Releases { get; private set; } = [];
    public DisclosureFilter Filter { get; private set; } = new();
    public string? Next { get; private set; }
    public IEnumerable<DataItemDefinition> Items => screening.Catalogue.Items;

    /// <summary>
    /// The latest signed register head, published so that a later deletion from the record can be shown against a value
    /// that left the service's hands (ADR 0015). It names no application.
    /// </summary>
    public RegisterAnchor? Anchor { get; private set; }

    /// <summary>Every finished quarter's snapshot, newest first, with the SHA-256 of each file.</summary>
    public IReadOnlyList<SnapshotHashes> Snapshots { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Filter = DisclosureFilter.From(Request.Query);
        // A date that could not be read is shown in the error summary and left out of the filter; the rest still applies.
        (Releases, Next) = await register.PageAsync(Filter, ct);
        Anchor = anchors.Latest();
        Snapshots = await snapshots.HashesAsync(await snapshots.AvailableAsync(ct), ct);
    }

    public string? ErrorFor(string field) => Filter.Errors.FirstOrDefault(e => e.Field == field)?.Message;

    public static string StatusWords(string status) =>
        status switch
        {
            "ended" => "Ended",
            "review_overdue" => "In force, review overdue",
            _ => "In force",
        };
}
