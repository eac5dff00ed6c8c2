using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ResearchRelease.Web.Features.Deputies;

/// <summary>The Chief Statistician's designations of a deputy: who, for when, why, and whether still in force.</summary>
public sealed class IndexModel(DesignationStore store) : PageModel
{
    public DesignationTable Table { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) =>
        Table = new DesignationTable(await store.DesignationsAsync(ct), store.Today(), CanRevoke: true);
}
