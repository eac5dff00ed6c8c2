using Microsoft.EntityFrameworkCore;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Notifications;

/// <summary>
/// Development and tests: "sending" is a row in <c>sent_notifications</c>, staged in the dispatcher's context and
/// committed together with the sent mark. UNIQUE(notification_id) makes a second dispatcher's commit fail, so
/// nothing is delivered twice. The /dev/outbox page lists these rows.
/// </summary>
public sealed class LocalOutboxSender(TimeProvider clock) : INotificationSender
{
    public bool SharesTransaction => true;

    public Task<string> SendAsync(QueuedNotification n, AppDbContext db, CancellationToken ct)
    {
        db.SentNotifications.Add(
            new SentNotification
            {
                NotificationId = n.Id,
                IdempotencyKey = n.IdempotencyKey,
                ApplicationId = n.ApplicationId,
                ApplicationReference = n.ApplicationReference,
                Template = n.Template,
                Recipient = n.Recipient,
                Subject = n.Subject,
                Body = n.Body,
                SentAt = clock.GetUtcNow().UtcDateTime,
            }
        );
        return Task.FromResult("local:" + n.Id);
    }

    public async Task<string?> FindSentAsync(QueuedNotification n, AppDbContext db, CancellationToken ct) =>
        await db.SentNotifications.AnyAsync(s => s.NotificationId == n.Id, ct) ? "local:" + n.Id : null;
}
