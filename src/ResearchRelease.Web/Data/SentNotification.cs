namespace ResearchRelease.Web.Data;

/// <summary>
/// The development and test mailbox (<c>sent_notifications</c>): what the local sender "sent". Written in the
/// same transaction that marks the queued notification sent, with <c>UNIQUE(notification_id)</c>, so locally
/// every notification is delivered exactly once, however many dispatchers run or crash.
/// </summary>
public sealed class SentNotification
{
    public long Id { get; set; }
    public long NotificationId { get; set; }
    public string IdempotencyKey { get; set; } = "";
    public Guid ApplicationId { get; set; }
    public string ApplicationReference { get; set; } = "";
    public string Template { get; set; } = "";
    public string Recipient { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTime SentAt { get; set; }
}
