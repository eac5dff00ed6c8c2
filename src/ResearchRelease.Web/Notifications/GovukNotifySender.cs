using System.Text.Json;
using Microsoft.Extensions.Options;
using Notify.Client;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Notifications;

/// <summary>
/// Production: GOV.UK Notify's email API through its .NET client. Notify renders its own copy of the template from
/// the personalisation; the idempotency key goes as the <c>reference</c>, by which a send whose answer was lost is
/// found again (<see cref="FindSentAsync"/>) and by which operators reconcile in Notify's dashboard.
/// </summary>
public sealed class GovukNotifySender(IOptions<NotificationOptions> options) : INotificationSender
{
    // One client for the process: it holds one HttpClient, and building it checks the API key's shape.
    private readonly NotificationClient _client = new(options.Value.Notify.BaseUrl, options.Value.Notify.ApiKey);
    private readonly NotifyOptions _notify = options.Value.Notify;

    public bool SharesTransaction => false;

    public async Task<string> SendAsync(QueuedNotification n, AppDbContext db, CancellationToken ct)
    {
        var templateId = _notify.Templates.TryGetValue(n.Template, out var id)
            ? id
            : throw new InvalidOperationException($"No Notify template id for '{n.Template}'.");
        var values = JsonSerializer.Deserialize<Dictionary<string, string>>(n.Personalisation) ?? [];
        var personalisation = values.ToDictionary(kv => kv.Key, kv => (dynamic)kv.Value);
        var response = await _client.SendEmailAsync(
            n.Recipient,
            templateId,
            personalisation,
            n.IdempotencyKey,
            string.IsNullOrWhiteSpace(_notify.EmailReplyToId) ? null : _notify.EmailReplyToId
        );
        return response.id;
    }

    public async Task<string?> FindSentAsync(QueuedNotification n, AppDbContext db, CancellationToken ct)
    {
        var found = await _client.GetNotificationsAsync(templateType: "email", reference: n.IdempotencyKey);
        return found.notifications?.FirstOrDefault(x => x.reference == n.IdempotencyKey)?.id;
    }
}
