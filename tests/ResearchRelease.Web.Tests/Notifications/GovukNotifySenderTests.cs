using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using ResearchRelease.Web.Auth;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Notifications;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Notifications;

/// <summary>
/// The production sender, built as production builds it (GOV.UK Notify's own client), against a loopback server
/// pretending to be Notify: the request it makes, and that an answer lost after Notify accepted a message does not
/// make the dispatcher send it again.
/// </summary>
public sealed class GovukNotifySenderTests
{
    [Fact]
    public async Task Sends_the_template_id_address_personalisation_and_the_idempotency_key_as_reference()
    {
        await using var notify = new FakeNotify();
        var options = Options.Create(
            new NotificationOptions
            {
                Notify = new NotifyOptions
                {
                    ApiKey = NotifyTestSettings.ApiKey,
                    BaseUrl = notify.BaseUrl,
                    Templates = NotificationTemplates.All.Keys.ToDictionary(k => k, NotifyTestSettings.TemplateId),
                },
            }
        );
        var sender = new GovukNotifySender(options);
        var message = new QueuedNotification
        {
            Id = 7,
            IdempotencyKey = "0f0e/3/application_submitted/researcher",
            Template = NotificationTemplates.ApplicationSubmitted,
            Recipient = "p.shah@example.ac.uk",
            Personalisation = """{"reference":"RR-2026-ABC","submission":"submitted"}""",
        };

        var id = await sender.SendAsync(message, null!, CancellationToken.None);

        var request = Assert.Single(notify.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v2/notifications/email", request.PathAndQuery);
        var body = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal("p.shah@example.ac.uk", body.GetProperty("email_address").GetString());
        Assert.Equal(
            NotifyTestSettings.TemplateId(NotificationTemplates.ApplicationSubmitted),
            body.GetProperty("template_id").GetString()
        );
        Assert.Equal("0f0e/3/application_submitted/researcher", body.GetProperty("reference").GetString());
        Assert.Equal("RR-2026-ABC", body.GetProperty("personalisation").GetProperty("reference").GetString());
        Assert.Equal("submitted", body.GetProperty("personalisation").GetProperty("submission").GetString());
        Assert.False(body.TryGetProperty("email_reply_to_id", out _));
        // Notify's API key scheme: a JWT signed with the key's secret, issued by the service id.
        Assert.StartsWith("Bearer ", request.Authorization, StringComparison.Ordinal);
        var claims = JsonDocument.Parse(Base64Url(request.Authorization["Bearer ".Length..].Split('.')[1])).RootElement;
        Assert.Equal(NotifyTestSettings.ServiceId.ToString(), claims.GetProperty("iss").GetString());
        Assert.Equal(notify.Accepted[message.IdempotencyKey], id);

        // Reconciliation finds it again by reference, and finds nothing under another.
        Assert.Equal(id, await sender.FindSentAsync(message, null!, CancellationToken.None));
        Assert.Null(await sender.FindSentAsync(new QueuedNotification { IdempotencyKey = "other" }, null!, CancellationToken.None));
        Assert.Contains(notify.Requests, r =>
            r.PathAndQuery.Contains("reference=0f0e%2F3%2Fapplication_submitted%2Fresearcher", StringComparison.Ordinal)
        );
    }

    [SkippableFact]
    public async Task An_answer_lost_after_notify_accepted_is_reconciled_by_reference_and_not_sent_again()
    {
        await using var notify = new FakeNotify { LoseFirstAnswer = true };
        using var database = TestDatabase.Sqlite();
        await using var app = new AppFactory(database).WithWebHostBuilder(b =>
            b.UseNotify(notify.BaseUrl).UseSetting("Notifications:RetrySeconds", "0").UseSetting("Notifications:PollSeconds", "0.1")
        );
        var researcher = app.CreateClient(
            new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") }
        );
        researcher.DefaultRequestHeaders.Add(DevelopmentPersonas.HeaderName, Personas.Researcher);
        var (json, email) = Mailbox.Example("pub-01");
        var (id, reference) = await Variants.SubmittedAsync(researcher, json);

        var queued = await Poll.LastAsync(
            () => Mailbox.QueuedAsync(app.Services, id),
            q => q.Count == 2 && q.All(n => n.Status == NotificationStatus.Sent)
        );
        Assert.All(queued, q => Assert.Equal(NotificationStatus.Sent, q.Status));
        // One POST per message although the first answer was an error: the retry asked Notify first and found it.
        var posted = notify.Emails.Select(e => e.GetProperty("reference").GetString()).ToList();
        Assert.Equal(queued.Select(q => q.IdempotencyKey).Order(StringComparer.Ordinal), posted.Order(StringComparer.Ordinal));
        var first = queued[0];
        Assert.Equal(2, first.Attempts);
        Assert.Equal(notify.Accepted[first.IdempotencyKey], first.ProviderId);
        var submittedEmail = notify.Emails.Single(e => e.GetProperty("reference").GetString() == first.IdempotencyKey);
        Assert.Equal(email, submittedEmail.GetProperty("email_address").GetString());
        Assert.Equal(reference, submittedEmail.GetProperty("personalisation").GetProperty("reference").GetString());
        // Notify, not the local mailbox, received them.
        Assert.Empty(await Mailbox.SentAsync(app.Services, id));
    }

    private static string Base64Url(string part)
    {
        var padded = part.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - padded.Length % 4) % 4);
        return Encoding.UTF8.GetString(Convert.FromBase64String(padded));
    }
}
