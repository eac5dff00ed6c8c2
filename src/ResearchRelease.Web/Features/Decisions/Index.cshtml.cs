using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Web.Applications;

namespace ResearchRelease.Web.Features.Decisions;

public sealed class IndexModel(ApplicationReader reader) : PageModel
{
    public IReadOnlyList<QueueEntry> Queue { get; private set; } = [];

    /// <summary>How many wait in all, not only on this page.</summary>
    public int Total { get; private set; }

    /// <summary>The cursor of the next page, or null on the last page.</summary>
    public string? Next { get; private set; }

    /// <summary>How many a page shows.</summary>
    public int PageSize => ListCursor.DefaultPageSize;

    /// <summary>Whether this is a later page (a link back to the start is shown).</summary>
    public bool LaterPage { get; private set; }

    /// <summary>A cursor that does not parse (an old or edited link) shows the first page.</summary>
    public async Task OnGetAsync([FromQuery] string? after, CancellationToken ct)
    {
        ListCursor? cursor = ListCursor.TryDecode(after, out var parsed) ? parsed : null;
        var page = await reader.QueueAsync(cursor, ListCursor.DefaultPageSize, ct);
        (Queue, Total, Next, LaterPage) = (page.Items, page.Total, page.Next, cursor is not null);
    }
}
