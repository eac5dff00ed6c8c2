namespace ResearchRelease.Web.Notifications;

/// <summary><c>Notifications</c> in configuration. Checked at start by <see cref="NotificationSetup"/>.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";
    public const string LocalSender = "Local";
    public const string NotifySender = "Notify";

    /// <summary><c>Local</c> or <c>Notify</c>; empty means Local in Development and Notify everywhere else.</summary>
    public string Sender { get; set; } = "";

    /// <summary>The app's public address for links in emails; empty falls back to <c>Letters:PublicBaseUrl</c>.</summary>
    public string PublicBaseUrl { get; set; } = "";

    public MailboxOptions Mailboxes { get; set; } = new();
    public NotifyOptions Notify { get; set; } = new();

    /// <summary>Attempts before a notification is marked failed (and shown as such); each failure waits twice as long.</summary>
    public int MaxAttempts { get; set; } = 6;
    public double RetrySeconds { get; set; } = 30;
    public double PollSeconds { get; set; } = 2;

    /// <summary>
    /// How long the dispatcher waits, once rung, before it reads what is due: the emails of the commits that arrive meanwhile
    /// go out in the same pass and commit. In a burst of submissions a pass per commit cost each submission a read and a
    /// transaction of its own; a tenth of a second is nothing to a person waiting for an email.
    /// </summary>
    public double GatherSeconds { get; set; } = 0.1;

    /// <summary>How long an HTTP send may be claimed before it is presumed interrupted and reconciled by reference.</summary>
    public double ClaimTimeoutSeconds { get; set; } = 300;
}
