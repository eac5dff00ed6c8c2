namespace ResearchRelease.Web.Data;

/// <summary>
/// One email owed to one person, written in the same transaction as the domain event that caused it
/// (<c>notifications</c>). <see cref="IdempotencyKey"/> is unique: application, event sequence, template and
/// audience, so an append that is retried or an activity that runs again can never owe the same email twice.
/// The subject and body are rendered when queued, from the app's copy of the template, so what was owed can be
/// read later without the provider.
/// </summary>
public sealed class QueuedNotification
{
    public long Id { get; set; }
    public string IdempotencyKey { get; set; } = "";
    public Guid ApplicationId { get; set; }
    public string ApplicationReference { get; set; } = "";
    public int EventSequence { get; set; }
    public string EventType { get; set; } = "";
    public string Template { get; set; } = "";

    /// <summary>Who it is for, as a role (researcher, chief_statistician, escalation, compliance), not a person.</summary>
    public string Audience { get; set; } = "";
    public string Recipient { get; set; } = "";

    /// <summary>The template's placeholders as JSON (what Notify is sent).</summary>
    public string Personalisation { get; set; } = "{}";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public string Status { get; set; } = NotificationStatus.Pending;
    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }

    /// <summary>When a sender that cannot share our transaction (Notify over HTTP) claimed it; see ADR 0010.</summary>
    public DateTime? ClaimedAt { get; set; }
    public DateTime? SentAt { get; set; }

    /// <summary>The provider's id for the message (Notify's notification id, or the local outbox row).</summary>
    public string? ProviderId { get; set; }
    public string? LastError { get; set; }

    /// <summary>A detached copy with the same values, to attach and change while this one stays as read.</summary>
    public QueuedNotification Copy() => (QueuedNotification)MemberwiseClone();
}
