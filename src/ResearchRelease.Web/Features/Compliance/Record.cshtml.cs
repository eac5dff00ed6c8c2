using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Web.Applications;
using ResearchRelease.Workflow;

namespace ResearchRelease.Web.Features.Compliance;

/// <summary>Read-only: compliance can read everything and change nothing, so this page has no forms.</summary>
public sealed class RecordModel(DecisionRecordBuilder records, IReleaseProcess process, ApplicationStore store) : PageModel
{
    public DecisionRecord Record { get; private set; } = null!;
    public IReadOnlyList<JournalEntry> Journal { get; private set; } = [];

    /// <summary>An approved release's life after the decision: end date, extensions, expiry, destruction declaration.</summary>
    public ReleaseView? Release { get; private set; }

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken ct)
    {
        var record = await records.BuildAsync(reference, ct);
        if (record is null)
            return NotFound();
        Record = record;
        Journal = await process.JournalAsync(record.ApplicationId, ct);
        if (await store.LoadAsync(record.ApplicationId, ct) is { } loaded)
            Release = ReleaseViews.For(loaded);
        return Page();
    }
}
