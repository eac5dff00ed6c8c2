using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Notifications;
using ResearchRelease.Web.Process;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Workflow;

namespace ResearchRelease.Web.Tests.Notifications;

/// <summary>
/// Each step that concerns someone sends them exactly the expected emails, once, through the local outbox:
/// submission and routing, a return by screening, an approval with its letter link, a withdrawal.
/// </summary>
public abstract class NotificationJourneyTests(SharedApp shared)
{
    private AppFactory App => shared.App;
    private IServiceProvider Services => shared.App.Services;

    [SkippableFact]
    public async Task Submission_tells_the_researcher_and_routing_tells_the_chief_statistician()
    {
        var (json, email) = Mailbox.Example("pub-01");
        var researcher = App.ClientFor(Personas.Researcher);
        var (id, reference) = await Variants.SubmittedAsync(researcher, json);
        await ApiClient.WaitForStatusAsync(researcher, id, "AwaitingDecision");

        var mail = await Mailbox.WaitForAsync(Services, id, 2);
        Assert.Equal(
            [(NotificationTemplates.ApplicationSubmitted, email), (NotificationTemplates.NewInQueue, Mailbox.ChiefStatistician)],
            mail.Select(m => (m.Template, m.Recipient))
        );
        Assert.Equal($"Application {reference} submitted", mail[0].Subject);
        Assert.Contains($"https://researchrelease.test/applications/{id}", mail[0].Body, StringComparison.Ordinal);
        Assert.Contains("Screening recommends: eligible.", mail[1].Body, StringComparison.Ordinal);
        Assert.Contains($"https://researchrelease.test/decisions/{id}", mail[1].Body, StringComparison.Ordinal);
        Assert.All(mail, m => Assert.DoesNotContain("((", m.Subject + m.Body, StringComparison.Ordinal));
        await Mailbox.AssertSentOnceAsync(Services, id, mail);
    }

    [SkippableFact]
    public async Task A_return_by_screening_tells_the_researcher_why_in_words()
    {
        // pub-06 has no named users and no settings: screening sends it back.
        var (json, email) = Mailbox.Example("pub-06");
        var researcher = App.ClientFor(Personas.Researcher);
        var (id, _) = await Variants.SubmittedAsync(researcher, json);
        await ApiClient.WaitForStatusAsync(researcher, id, "ReturnedToResearcher");

        var mail = await Mailbox.WaitForAsync(Services, id, 2);
        Assert.Equal(
            [NotificationTemplates.ApplicationSubmitted, NotificationTemplates.ReturnedToResearcher],
            mail.Select(m => m.Template)
        );
        Assert.All(mail, m => Assert.Equal(email, m.Recipient));
        var body = mail[1].Body;
        Assert.Contains("\n* ", body, StringComparison.Ordinal);
        Assert.Contains("access route", body, StringComparison.Ordinal);
        Assert.DoesNotContain("settings.accessRoute", body, StringComparison.Ordinal);
        await Mailbox.AssertSentOnceAsync(Services, id, mail);
    }

    [SkippableFact]
    public async Task An_approval_sends_the_letter_link_once_even_when_the_letter_step_runs_again()
    {
        var (json, email) = Mailbox.Example("pub-01");
        var researcher = App.ClientFor(Personas.Researcher);
        var (id, reference) = await Variants.SubmittedAsync(researcher, json);
        await ApiClient.WaitForStatusAsync(researcher, id, "AwaitingDecision");
        var decided = await ApiClient.DecideAsync(
            App.ClientFor(Personas.ChiefStatistician),
            id,
            new
            {
                outcome = "approve",
                endDate = "2029-03-31",
                reasons = "A sound design with clear public benefit.",
            }
        );
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
        await ApiClient.WaitForLetterAsync(researcher, id);

        var mail = await Mailbox.WaitForAsync(Services, id, 3);
        Assert.Equal(
            [NotificationTemplates.ApplicationSubmitted, NotificationTemplates.NewInQueue, NotificationTemplates.ApplicationApproved],
            mail.Select(m => m.Template)
        );
        var approved = mail[2];
        Assert.Equal(email, approved.Recipient);
        Assert.Equal($"Application {reference} is approved", approved.Subject);
        Assert.Contains("The release ends on 31 March 2029.", approved.Body, StringComparison.Ordinal);
        var link = $"https://researchrelease.test/api/applications/{id}/letter.pdf";
        Assert.Contains(link, approved.Body, StringComparison.Ordinal);
        var letter = await researcher.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, letter.StatusCode);
        Assert.Equal("application/pdf", letter.Content.Headers.ContentType!.MediaType);

        // The engine runs steps at least once: the letter step again (as after a crash) owes no second email.
        using (var scope = Services.CreateScope())
        {
            var activities = scope.ServiceProvider.GetRequiredService<IProcessActivities>();
            Assert.Equal(
                "issued",
                await activities.RunAsync(new ActivityContext(ProcessActivityNames.IssueApprovalLetter, id, 1), CancellationToken.None)
            );
        }
        await Mailbox.AssertSentOnceAsync(Services, id, mail);

        // Compliance sees on the record which emails the events owed, to whom, and that each was sent.
        var record = await HtmlForms.GetPageAsync(App.ClientFor(Personas.Compliance), $"/compliance/records/{reference}");
        var rows = record.QuerySelectorAll("#emails tbody tr");
        Assert.Equal(3, rows.Length);
        Assert.All(rows, r => Assert.Contains("sent", r.TextContent, StringComparison.Ordinal));
        Assert.Contains($"Application {reference} is approved", rows[2].TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_withdrawal_from_the_queue_tells_the_researcher_and_the_chief_statistician()
    {
        var (json, email) = Mailbox.Example("pub-01");
        var researcher = App.ClientFor(Personas.Researcher);
        var (id, _) = await Variants.SubmittedAsync(researcher, json);
        await ApiClient.WaitForStatusAsync(researcher, id, "AwaitingDecision");
        await Mailbox.WaitForAsync(Services, id, 2);
        Assert.Equal(HttpStatusCode.OK, (await researcher.PostAsync($"/api/applications/{id}/withdraw", null)).StatusCode);

        var mail = await Mailbox.WaitForAsync(Services, id, 4);
        Assert.Equal(
            [(NotificationTemplates.ApplicationWithdrawn, email), (NotificationTemplates.WithdrawnFromQueue, Mailbox.ChiefStatistician)],
            mail.Skip(2).Select(m => (m.Template, m.Recipient))
        );
        await Mailbox.AssertSentOnceAsync(Services, id, mail);
    }

    [SkippableFact]
    public async Task Dispatchers_racing_over_the_same_queue_send_each_message_once()
    {
        var application = Guid.NewGuid();
        using (var scope = Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = DateTime.UtcNow;
            for (var i = 0; i < 30; i++)
            {
                db.Notifications.Add(
                    new QueuedNotification
                    {
                        IdempotencyKey = NotificationPlanner.Key(
                            application,
                            i + 1,
                            NotificationTemplates.ApplicationSubmitted,
                            Audiences.Researcher
                        ),
                        ApplicationId = application,
                        ApplicationReference = "RR-RACE",
                        EventSequence = i + 1,
                        EventType = "submitted",
                        Template = NotificationTemplates.ApplicationSubmitted,
                        Audience = Audiences.Researcher,
                        Recipient = "race@example.ac.uk",
                        Subject = $"Race {i}",
                        Body = "Body",
                        CreatedAt = now,
                        NextAttemptAt = now,
                    }
                );
            }
            await db.SaveChangesAsync();
        }
        // Four passes at once, plus the app's own background dispatcher woken by nothing but its poll.
        var dispatcher = Services.GetRequiredService<NotificationDispatcher>();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => dispatcher.DispatchPendingAsync(CancellationToken.None))));
        var sent = await Mailbox.WaitForAsync(Services, application, 30);
        await Mailbox.AssertSentOnceAsync(Services, application, sent);
        Assert.Equal(30, sent.Select(s => s.NotificationId).Distinct().Count());
    }
}

public sealed class NotificationJourneyOnSqlite(SqliteSharedApp shared) : NotificationJourneyTests(shared), IClassFixture<SqliteSharedApp>;

public sealed class NotificationJourneyOnPostgres(PostgresSharedApp shared)
    : NotificationJourneyTests(shared),
        IClassFixture<PostgresSharedApp>;
