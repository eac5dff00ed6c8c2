using Microsoft.Extensions.Options;
using Notify.Client;

namespace ResearchRelease.Web.Notifications;

/// <summary>
/// Registers the notification outbox. The sender is chosen and its settings checked while the app is built, so a
/// production deployment without its Notify key, template ids or mailboxes refuses to start with a message naming
/// each missing setting, instead of failing on the first email.
/// </summary>
public static class NotificationSetup
{
    public static void AddResearchReleaseNotifications(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        var settings = Read(builder.Configuration, development);
        var sender = settings.Sender;

        var problems = Problems(settings, development);
        if (problems.Count > 0)
            throw new InvalidOperationException("Notifications are not configured: " + string.Join(" ", problems));

        var services = builder.Services;
        services.AddSingleton(Options.Create(settings));
        services.AddSingleton<NotificationDoorbell>();
        services.AddSingleton<NotificationPlanner>();
        if (sender == NotificationOptions.NotifySender)
            services.AddSingleton<INotificationSender, GovukNotifySender>();
        else
            services.AddSingleton<INotificationSender, LocalOutboxSender>();
        services.AddSingleton<NotificationDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<NotificationDispatcher>());
    }

    /// <summary>The settings as the app uses them: the public address falls back to the letters', the sender to the environment's.</summary>
    public static NotificationOptions Read(IConfiguration configuration, bool development)
    {
        var settings = configuration.GetSection(NotificationOptions.Section).Get<NotificationOptions>() ?? new NotificationOptions();
        if (string.IsNullOrWhiteSpace(settings.PublicBaseUrl))
            settings.PublicBaseUrl = configuration["Letters:PublicBaseUrl"] ?? "";
        settings.Sender = string.IsNullOrWhiteSpace(settings.Sender)
            ? development
                ? NotificationOptions.LocalSender
                : NotificationOptions.NotifySender
            : settings.Sender.Trim();
        return settings;
    }

    /// <summary>Every problem at once, each naming its setting.</summary>
    public static List<string> Problems(NotificationOptions o, bool development)
    {
        var problems = new List<string>();
        if (o.Sender is not (NotificationOptions.LocalSender or NotificationOptions.NotifySender))
            problems.Add(
                $"Notifications:Sender must be '{NotificationOptions.LocalSender}' or '{NotificationOptions.NotifySender}', not '{o.Sender}'."
            );
        if (o.Sender == NotificationOptions.LocalSender && !development)
            problems.Add(
                "Notifications:Sender is 'Local' outside Development: the local outbox sends nothing to anyone. Configure GOV.UK Notify."
            );
        if (!Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out _))
            problems.Add("Notifications:PublicBaseUrl (or Letters:PublicBaseUrl) must be an absolute URL: emails link to the service.");
        if (o.MaxAttempts < 1)
            problems.Add("Notifications:MaxAttempts must be at least 1.");
        if (o.GatherSeconds is < 0 or > 5)
            problems.Add("Notifications:GatherSeconds must be between 0 and 5.");
        if (!development)
        {
            if (string.IsNullOrWhiteSpace(o.Mailboxes.ChiefStatistician))
                problems.Add("Notifications:Mailboxes:ChiefStatistician is missing.");
            if (string.IsNullOrWhiteSpace(o.Mailboxes.Escalation))
                problems.Add("Notifications:Mailboxes:Escalation is missing.");
            if (string.IsNullOrWhiteSpace(o.Mailboxes.Compliance))
                problems.Add("Notifications:Mailboxes:Compliance is missing.");
        }
        if (o.Sender == NotificationOptions.NotifySender)
            problems.AddRange(NotifyProblems(o.Notify));
        return problems;
    }

    private static IEnumerable<string> NotifyProblems(NotifyOptions notify)
    {
        if (string.IsNullOrWhiteSpace(notify.ApiKey))
            yield return "Notifications:Notify:ApiKey is missing (set it as a secret in the deployment).";
        else if (!ValidKey(notify))
            yield return "Notifications:Notify:ApiKey is not a GOV.UK Notify v2 API key (name-serviceid-secret).";
        if (!Uri.TryCreate(notify.BaseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
            yield return "Notifications:Notify:BaseUrl must be an absolute http(s) URL.";
        foreach (var name in NotificationTemplates.All.Keys.Order(StringComparer.Ordinal))
        {
            if (!notify.Templates.TryGetValue(name, out var id) || !Guid.TryParse(id, out _))
                yield return $"Notifications:Notify:Templates:{name} must be the Notify template id (a GUID).";
        }
    }

    private static bool ValidKey(NotifyOptions notify)
    {
        try
        {
            // The client parses the key the way it will use it; nothing is sent.
            _ = new NotificationClient(
                Uri.TryCreate(notify.BaseUrl, UriKind.Absolute, out _) ? notify.BaseUrl : "https://localhost/",
                notify.ApiKey
            );
            return true;
        }
        catch (Notify.Exceptions.NotifyAuthException)
        {
            return false;
        }
    }
}
