using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Web.Compliance;
using ResearchRelease.Workflow;

namespace ResearchRelease.Web.Pages.Compliance;

/// <summary>Read-only: compliance can read everything and change nothing, so this page has no forms.</summary>
public sealed class RecordModel(DecisionRecordBuilder records, IReleaseProcess process) : PageModel
{
    public DecisionRecord Record { get; private set; } = null!;
    public IReadOnlyList<JournalEntry> Journal { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken ct)
    {
        var record = await records.BuildAsync(reference, ct);
        if (record is null) return NotFound();
        Record = record;
        Journal = await process.JournalAsync(record.ApplicationId, ct);
        return Page();
    }
}
