using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Notifications;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Workflow;

namespace ResearchRelease.Web.Tests.Lifecycle;

/// <summary>
/// The whole chain with nothing stood in for: the app's clock moves on, the engine's own timers fire (version 2 of the
/// definition, working days from the England and Wales calendar), the real activities record the events, and the
/// notification outbox sends each email once. An app of its own, so moving its clock disturbs no other test.
/// </summary>
public abstract class EngineTimerTests(LifecycleApp app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [SkippableFact]
    public async Task The_engine_reminds_escalates_and_later_expires_the_release_and_each_is_emailed_once()
    {
        var researcher = app.App.ClientFor(Personas.Researcher);
        var form = JsonNode.Parse(Variants.Of("pub-01", "Timer Polytechnic"))!;
        form["settings"]!["retentionEnd"] = Releases.Iso(app.Clock.Today.AddYears(3));
        var (id, _) = await Variants.SubmittedAsync(researcher, form.ToJsonString());
        await ApiClient.WaitForStatusAsync(researcher, id, "AwaitingDecision");
        // The deadlines count from the start of the wait, which the engine begins a moment after the routing is recorded.
        await WaitingAtAsync(id, "await-decision");

        // Thirty calendar days hold more than fifteen working days, whatever bank holidays fall in them.
        app.Clock.Advance(TimeSpan.FromDays(30));
        await UntilAsync(
            researcher,
            id,
            types => types.Contains("decision_reminder_sent") && types.Contains("decision_escalated"),
            "the reminder and the escalation"
        );
        await UntilSentAsync(id, NotificationTemplates.DecisionReminder, NotificationTemplates.DecisionEscalated);

        var end = app.Clock.Today.AddYears(1);
        var decided = await ApiClient.DecideAsync(
            app.App.ClientFor(Personas.ChiefStatistician),
            id,
            new
            {
                outcome = "approve",
                endDate = Releases.Iso(end),
                reasons = "Sound design.",
            }
        );
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
        await ApiClient.WaitForLetterAsync(researcher, id);
        await WaitingAtAsync(id, "await-release-end");

        app.Clock.Advance(TimeSpan.FromDays(400));
        var expired = await UntilAsync(researcher, id, types => types.Contains("release_expired"), "the expiry");
        Assert.Equal("Expired", Releases.Status(expired));
        var types = Releases.EventTypes(expired);
        Assert.Single(types, t => t == "decision_reminder_sent");
        Assert.Single(types, t => t == "decision_escalated");
        Assert.Single(types, t => t == "release_ending_reminder_sent");
        Assert.Single(types, t => t == "release_expired");
        await UntilSentAsync(id, NotificationTemplates.ReleaseEnding, NotificationTemplates.ReleaseExpired);

        // The expiry event is written by the activity while its step is still running; the engine stores the move to
        // the next wait only when the step returns.
        await ProcessWaits.WaitingAtAsync(app.App, id, "await-destruction");
        using var scope = app.App.Services.CreateScope();
        var instance = await scope.ServiceProvider.GetRequiredService<IReleaseProcess>().FindAsync(id, CancellationToken.None);
        Assert.Equal((2, "await-destruction"), (instance!.DefinitionVersion, instance.CurrentNode));
        var sent = await scope
            .ServiceProvider.GetRequiredService<AppDbContext>()
            .SentNotifications.Where(n => n.ApplicationId == id)
            .Select(n => n.IdempotencyKey)
            .ToListAsync();
        Assert.Equal(sent.Count, sent.Distinct().Count());
    }

    private static Task<JsonElement> UntilAsync(HttpClient researcher, Guid id, Func<List<string>, bool> condition, string what) =>
        Poll.UntilAsync(
            () => ApiClient.GetAsync(researcher, id),
            view => condition(Releases.EventTypes(view)),
            view => $"Gave up waiting for {what}: {string.Join(", ", Releases.EventTypes(view))}.",
            Patience
        );

    /// <summary>The shared wait, plus what this test relies on: the wait has set its deadlines.</summary>
    private async Task WaitingAtAsync(Guid id, string node) =>
        Assert.NotEmpty((await ProcessWaits.WaitingAtAsync(app.App, id, node)).Deadlines);

    private Task<List<string>> UntilSentAsync(Guid id, params string[] templates) =>
        Poll.UntilAsync(
            async () =>
            {
                using var scope = app.App.Services.CreateScope();
                return await scope
                    .ServiceProvider.GetRequiredService<AppDbContext>()
                    .SentNotifications.Where(n => n.ApplicationId == id)
                    .Select(n => n.Template)
                    .ToListAsync();
            },
            sent => templates.All(sent.Contains),
            sent => $"Gave up waiting for emails {string.Join(", ", templates)}; sent: {string.Join(", ", sent)}.",
            Patience
        );
}

public sealed class EngineTimersOnSqlite(SqliteLifecycleApp app) : EngineTimerTests(app), IClassFixture<SqliteLifecycleApp>;

public sealed class EngineTimersOnPostgres(PostgresLifecycleApp app) : EngineTimerTests(app), IClassFixture<PostgresLifecycleApp>;
