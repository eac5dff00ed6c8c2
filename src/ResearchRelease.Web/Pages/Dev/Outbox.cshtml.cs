using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Pages.Dev;

/// <summary>
/// The local mailbox: every email the local sender "sent", newest first, with anything still queued or failed above
/// it. Development only (404 elsewhere, where the mail went to GOV.UK Notify instead); any signed-in persona may look.
/// </summary>
public sealed class OutboxModel(AppDbContext db, IWebHostEnvironment environment) : PageModel
{
    public const int PageSize = 20;

    public IReadOnlyList<SentNotification> Sent { get; private set; } = [];
    public IReadOnlyList<QueuedNotification> Unsent { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public int PageCount { get; private set; } = 1;
    public int Total { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        if (!environment.IsDevelopment()) return NotFound();
        Total = await db.SentNotifications.CountAsync(ct);
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(page ?? 1, 1, PageCount);
        Sent = await db.SentNotifications.AsNoTracking().OrderByDescending(s => s.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Unsent = await db.Notifications.AsNoTracking().Where(n => n.Status != NotificationStatus.Sent)
            .OrderByDescending(n => n.Id).Take(50).ToListAsync(ct);
        return Page();
    }
}
