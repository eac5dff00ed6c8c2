using System.Text.Json;
using Microsoft.Extensions.Options;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Calendar;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Notifications;

/// <summary>
/// Turns the emails an event calls for (<see cref="NotificationRules"/>) into <c>notifications</c> rows: the
/// address for each audience, every placeholder of the template filled, the local rendering, and the idempotency
/// key. Called by the event store inside the transaction that appends the event.
/// </summary>
public sealed class NotificationPlanner(
    IOptions<NotificationOptions> options,
    NotificationDoorbell doorbell,
    ILogger<NotificationPlanner> logger
)
{
    private const string NotGiven = "not given";

    public IEnumerable<QueuedNotification> Plan(NotificationSource source, DateTime now)
    {
        foreach (var intent in NotificationRules.For(source))
        {
            var template = NotificationTemplates.All[intent.Template];
            var recipient = Address(source, intent.Audience);
            if (string.IsNullOrWhiteSpace(recipient))
            {
                // Nobody to tell (no address on the application, or a mailbox not configured in Development).
                logger.LogWarning(
                    "No {Audience} address for {Template} on {Reference}; not queued.",
                    intent.Audience,
                    intent.Template,
                    source.After.Reference
                );
                continue;
            }
            var common = CommonValues(source);
            var values = template.Placeholders.ToDictionary(
                p => p,
                p =>
                    intent.Values.TryGetValue(p, out var v) ? v
                    : common.TryGetValue(p, out var c) ? c
                    : NotGiven,
                StringComparer.Ordinal
            );
            var (subject, body) = template.Render(values);
            yield return new QueuedNotification
            {
                IdempotencyKey = Key(source.ApplicationId, source.Sequence, intent.Template, intent.Audience),
                ApplicationId = source.ApplicationId,
                ApplicationReference = source.After.Reference,
                EventSequence = source.Sequence,
                EventType = source.Type,
                Template = intent.Template,
                Audience = intent.Audience,
                Recipient = recipient.Trim(),
                Personalisation = JsonSerializer.Serialize(values),
                Subject = subject.Length > 300 ? subject[..300] : subject,
                Body = body,
                CreatedAt = now,
                NextAttemptAt = now,
                Status = NotificationStatus.Pending,
            };
        }
    }

    /// <summary>Called once the transaction that queued notifications has committed: the dispatcher need not wait for its poll.</summary>
    public void Committed() => doorbell.Ring();

    /// <summary>Also the Notify <c>reference</c>: names the application, event, template and audience, never a person.</summary>
    public static string Key(Guid applicationId, int sequence, string template, string audience) =>
        $"{applicationId:N}/{sequence}/{template}/{audience}";

    private string? Address(NotificationSource s, string audience)
    {
        var mailboxes = options.Value.Mailboxes;
        return audience switch
        {
            Audiences.Researcher => s.After.Form.Applicant?.Email ?? s.After.SubmittedForm?.Applicant?.Email,
            Audiences.ChiefStatistician => mailboxes.ChiefStatistician,
            Audiences.Escalation => mailboxes.Escalation,
            Audiences.Compliance => mailboxes.Compliance,
            _ => null,
        };
    }

    private Dictionary<string, string> CommonValues(NotificationSource s)
    {
        var state = s.After;
        var form = state.SubmittedForm ?? state.Form;
        var site = options.Value.PublicBaseUrl.TrimEnd('/');
        var endDate =
            s.Field("endDate", "releaseEnd", "newEndDate") is { } fromEvent ? NotificationRules.Date(fromEvent)
            : (state.EndDate ?? state.Decision?.EndDate) is { } current ? PlainDates.Day(current)
            : NotGiven;
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["reference"] = state.Reference,
            ["title"] = Or(form.Project?.Title, "untitled"),
            ["organisation"] = Or(form.Organisation?.Name, "an organisation not named"),
            ["end_date"] = endDate,
            ["application_url"] = $"{site}/applications/{s.ApplicationId}",
            ["case_url"] = $"{site}/decisions/{s.ApplicationId}",
            ["record_url"] = $"{site}/compliance/records/{Uri.EscapeDataString(state.Reference)}",
            ["letter_url"] = $"{site}/api/applications/{s.ApplicationId}/letter.pdf",
            ["decided_by"] = DeciderWords.Capitalised(
                DeciderWords.Subject(s.Event as DecisionRecorded ?? state.CurrentRoundDecision ?? state.Decision)
            ),
        };
    }

    private static string Or(string? value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value.Trim();
}
