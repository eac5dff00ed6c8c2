using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Notifications;

/// <summary>
/// Where queued notifications go: GOV.UK Notify in production, the local mailbox table in Development and tests.
/// The dispatcher owns retries, claims and marking; a sender only delivers one message (ADR 0010).
/// </summary>
public interface INotificationSender
{
    /// <summary>
    /// True when <see cref="SendAsync"/> only stages rows in <c>db</c>, to be committed with the "sent" mark: then
    /// delivery and marking are one transaction and each message is delivered exactly once.
    /// </summary>
    bool SharesTransaction { get; }

    /// <summary>Delivers one message; returns the provider's id for it. Throws when it was not accepted.</summary>
    Task<string> SendAsync(QueuedNotification n, AppDbContext db, CancellationToken ct);

    /// <summary>
    /// Asks the provider whether it already has this message (by its reference), before any second attempt: a
    /// send whose answer was lost (crash, timeout) must not be repeated. Returns the provider's id, or null.
    /// </summary>
    Task<string?> FindSentAsync(QueuedNotification n, AppDbContext db, CancellationToken ct);
}
