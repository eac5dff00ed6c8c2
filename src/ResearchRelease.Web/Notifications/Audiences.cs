namespace ResearchRelease.Web.Notifications;

/// <summary>
/// Who a notification is for, as a role rather than a person: the researcher's address comes from the application,
/// the others from <c>Notifications:Mailboxes</c>. The audience (never an address) goes into the idempotency key
/// and the Notify reference, so no personal data leaves in a reference.
/// </summary>
public static class Audiences
{
    public const string Researcher = "researcher";
    public const string ChiefStatistician = "chief_statistician";
    public const string Escalation = "escalation";
    public const string Compliance = "compliance";
}
