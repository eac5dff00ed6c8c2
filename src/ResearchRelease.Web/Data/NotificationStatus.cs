namespace ResearchRelease.Web.Data;

/// <summary>Where a queued notification stands. Stored as these strings.</summary>
public static class NotificationStatus
{
    /// <summary>Owed and due at <see cref="QueuedNotification.NextAttemptAt"/>.</summary>
    public const string Pending = "pending";

    /// <summary>Claimed for an HTTP send whose outcome is not yet recorded (a crash here is reconciled by reference).</summary>
    public const string Sending = "sending";
    public const string Sent = "sent";

    /// <summary>Gave up after the configured number of attempts; the last error is kept and shown.</summary>
    public const string Failed = "failed";
}
