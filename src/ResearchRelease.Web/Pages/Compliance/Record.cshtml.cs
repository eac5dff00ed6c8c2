using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Web.Compliance;

namespace ResearchRelease.Web.Pages.Compliance;

/// <summary>Read-only: compliance can read everything and change nothing, so this page has no forms.</summary>
public sealed class RecordModel(DecisionRecordBuilder records) : PageModel
{
    public DecisionRecord Record { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken ct)
    {
        var record = await records.BuildAsync(reference, ct);
        if (record is null) return NotFound();
        Record = record;
        return Page();
    }
}
