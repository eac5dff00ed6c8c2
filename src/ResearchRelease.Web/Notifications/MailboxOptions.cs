namespace ResearchRelease.Web.Notifications;

/// <summary>Shared mailboxes for the staff audiences (the researcher's address is on the application).</summary>
public sealed class MailboxOptions
{
    public string ChiefStatistician { get; set; } = "";

    /// <summary>Who hears of a decision that has waited past the second period (the escalation contact).</summary>
    public string Escalation { get; set; } = "";
    public string Compliance { get; set; } = "";
}
