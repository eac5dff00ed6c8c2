using System.Text.Json;
using Microsoft.Extensions.Options;
using ResearchRelease.Domain.Calendar;
using ResearchRelease.Domain.StandingShares;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Notifications;

namespace ResearchRelease.Web.Features.StandingShares;

/// <summary>
/// The emails a standing share's review events call for, queued in the notifications outbox in the append's
/// transaction like an application's: to compliance, naming the receiving body and the review date in words.
/// </summary>
public sealed class ShareNotifications(IOptions<NotificationOptions> options, ILogger<ShareNotifications> logger)
{
    public IEnumerable<QueuedNotification> Plan(Guid id, int sequence, StandingShareEvent e, StandingShareState after, DateTime now)
    {
        var template = e switch
        {
            ShareReviewReminderSent => NotificationTemplates.ShareReviewDue,
            ShareReviewOverdueFlagged => NotificationTemplates.ShareReviewOverdue,
            _ => null,
        };
        if (template is null)
            yield break;
        var recipient = options.Value.Mailboxes.Compliance;
        if (string.IsNullOrWhiteSpace(recipient))
        {
            logger.LogWarning("No compliance mailbox for {Template} on {Reference}; not queued.", template, after.Reference);
            yield break;
        }
        var site = (options.Value.PublicBaseUrl ?? "").TrimEnd('/');
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["reference"] = after.Reference,
            ["body"] = after.InForce?.RecipientBody ?? "the receiving body",
            ["review_date"] = after.InForce?.ReviewDate is { } review ? PlainDates.Day(review) : "not given",
            ["share_url"] = $"{site}/standing-shares/{id}",
        };
        var (subject, body) = NotificationTemplates.All[template].Render(values);
        yield return new QueuedNotification
        {
            IdempotencyKey = NotificationPlanner.Key(id, sequence, template, Audiences.Compliance),
            ApplicationId = id,
            ApplicationReference = after.Reference,
            EventSequence = sequence,
            EventType = e.Type,
            Template = template,
            Audience = Audiences.Compliance,
            Recipient = recipient.Trim(),
            Personalisation = JsonSerializer.Serialize(values),
            Subject = subject.Length > 300 ? subject[..300] : subject,
            Body = body,
            CreatedAt = now,
            NextAttemptAt = now,
            Status = NotificationStatus.Pending,
        };
    }
}
