using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Domain.Catalogue;
using ResearchRelease.Web.Auth;
using ResearchRelease.Web.Catalogue;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Features.Compliance.Catalogue;

/// <summary>The data item catalogue for compliance: every item with its tier, retire or reinstate, and the change history.</summary>
public sealed class IndexModel(CatalogueStore store, CatalogueCache cache) : PageModel
{
    public IReadOnlyList<DataItemDefinition> Items { get; private set; } = [];
    public IReadOnlyList<CatalogueChange> History { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Items = store.ReadAll();
        History = await store.HistoryAsync(ct);
    }

    public Task<IActionResult> OnPostRetireAsync(string code, CancellationToken ct) => SetRetired(code, true, "retired", ct);

    public Task<IActionResult> OnPostReinstateAsync(string code, CancellationToken ct) => SetRetired(code, false, "reinstated", ct);

    private async Task<IActionResult> SetRetired(string code, bool retired, string action, CancellationToken ct)
    {
        if (!await store.ChangeAsync(code, r => r.Retired = retired, action, CurrentActor.From(User), ct))
            return NotFound();
        cache.Replace(store.ReadAll());
        return Redirect("/compliance/catalogue");
    }
}
