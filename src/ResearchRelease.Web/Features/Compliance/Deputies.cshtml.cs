using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Features.Deputies;

namespace ResearchRelease.Web.Features.Compliance;

/// <summary>Read-only: the designations and the log they are folded from, with its hash chain checked. No forms.</summary>
public sealed class DeputiesModel(DesignationStore store) : PageModel
{
    public DesignationTable Table { get; private set; } = null!;
    public IReadOnlyList<StoredDesignationEvent> Log { get; private set; } = [];
    public int? FirstBroken { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rows = await store.RowsAsync(ct);
        Log = rows;
        FirstBroken = DesignationStore.FirstBroken(rows);
        Table = new DesignationTable(DesignationStore.Fold(rows), store.Today(), CanRevoke: false);
    }
}
