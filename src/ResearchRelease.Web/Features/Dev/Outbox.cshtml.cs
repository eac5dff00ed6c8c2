using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ResearchRelease.Web.Auth;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Notifications;

namespace ResearchRelease.Web.Features.Dev;

/// <summary>
/// The local mailbox: every email the local sender "sent", newest first, with anything still queued or failed above
/// it. Development only (404 elsewhere, where the mail went to GOV.UK Notify instead). Each persona sees only the mail
/// that would have reached them: a researcher the researcher's emails about their own applications, staff the emails
/// to the staff mailboxes. Researchers test with each other's personas, so one must not read another's mail here either.
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
        if (!environment.IsDevelopment())
            return NotFound();
        var mine = VisibleTo(User);
        var sent = db.SentNotifications.Where(s => mine.Any(n => n.Id == s.NotificationId));
        Total = await sent.CountAsync(ct);
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(page ?? 1, 1, PageCount);
        Sent = await sent.AsNoTracking().OrderByDescending(s => s.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Unsent = await mine.AsNoTracking()
            .Where(n => n.Status != NotificationStatus.Sent)
            .OrderByDescending(n => n.Id)
            .Take(50)
            .ToListAsync(ct);
        return Page();
    }

    private IQueryable<QueuedNotification> VisibleTo(ClaimsPrincipal user)
    {
        if (StaffRoles.Any(user.IsInRole))
            return db.Notifications.Where(n => n.Audience != Audiences.Researcher);
        if (!user.IsInRole(Roles.Researcher) || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { Length: > 0 } subject)
            return db.Notifications.Where(n => false);
        return db.Notifications.Where(n =>
            n.Audience == Audiences.Researcher && db.Applications.Any(a => a.Id == n.ApplicationId && a.OwnerSubject == subject)
        );
    }

    private static readonly string[] StaffRoles =
    [
        Roles.ChiefStatistician,
        Roles.DeputyChiefStatistician,
        Roles.ComplianceOfficer,
        Roles.ServiceAdministrator,
    ];
}
