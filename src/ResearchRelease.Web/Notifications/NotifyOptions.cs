namespace ResearchRelease.Web.Notifications;

/// <summary>GOV.UK Notify settings. The API key is a secret: set it in the deployment, never in a committed file.</summary>
public sealed class NotifyOptions
{
    public string ApiKey { get; set; } = "";
    public string BaseUrl { get; set; } = "https://api.notifications.service.gov.uk/";

    /// <summary>Notify template id for each name in <see cref="NotificationTemplates.All"/>.</summary>
    public Dictionary<string, string> Templates { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Optional Notify reply-to address id.</summary>
    public string EmailReplyToId { get; set; } = "";
}
