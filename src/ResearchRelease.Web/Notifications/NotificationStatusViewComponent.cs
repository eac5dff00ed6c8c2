using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Notifications;

/// <summary>
/// The emails an application's events owed and what became of each (sent, waiting, failed with the error), for the
/// compliance record beside its timeline: "was the researcher told?" is answerable years later.
/// </summary>
public sealed class NotificationStatusViewComponent(AppDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid applicationId) =>
        View(await db.Notifications.AsNoTracking().Where(n => n.ApplicationId == applicationId).OrderBy(n => n.Id).ToListAsync());
}
