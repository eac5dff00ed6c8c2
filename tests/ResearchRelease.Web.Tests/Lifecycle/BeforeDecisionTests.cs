using System.Net;
using ResearchRelease.Web.Process;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Lifecycle;

/// <summary>
/// Before a decision: the researcher withdraws (the process is told), a returned application is reminded and then
/// lapses, and a waiting decision is reminded and escalated — each recorded once however often the timer fires.
/// </summary>
public abstract class BeforeDecisionTests(LifecycleApp app)
{
    private readonly HttpClient _researcher = app.App.ClientFor(Personas.Researcher);

    [SkippableFact]
    public async Task Withdrawing_while_with_the_chief_statistician_tells_the_process_and_leaves_the_queue()
    {
        var (id, _) = await Variants.SubmittedAsync(_researcher, Variants.Of("pub-01", "Withdrawal Trust"));
        await ApiClient.WaitForStatusAsync(_researcher, id, "AwaitingDecision");
        // The application's page only links to the "Are you sure?" page; nothing is withdrawn until that is confirmed.
        var page = await HtmlForms.GetPageAsync(_researcher, $"/applications/{id}");
        Assert.Equal($"/applications/{id}/withdraw", page.QuerySelector("#withdraw")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("form[action*='handler=Withdraw']"));
        var confirm = await HtmlForms.GetPageAsync(_researcher, $"/applications/{id}/withdraw");
        Assert.Contains(
            "Are you sure you want to withdraw your application?",
            confirm.QuerySelector("h1")!.TextContent,
            StringComparison.Ordinal
        );
        Assert.Equal("AwaitingDecision", Releases.Status(await ApiClient.GetAsync(_researcher, id)));
        var withdrawn = await HtmlForms.SubmitAsync(
            _researcher,
            confirm,
            $"/applications/{id}/withdraw",
            "#withdraw-form",
            [new("Reason", "The funding fell through.")]
        );
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        // Once withdrawn there is nothing to confirm: the page sends the researcher back to the application.
        Assert.Equal(HttpStatusCode.Redirect, (await _researcher.GetAsync($"/applications/{id}/withdraw")).StatusCode);

        var view = await ApiClient.GetAsync(_researcher, id);
        Assert.Equal("Withdrawn", Releases.Status(view));
        Assert.Contains(app.Outbox(id), m => m.Signal == ProcessSignals.Withdrawn && m.Round == 1);
        Assert.Equal(ProcessOutcomes.Done, await app.RunAsync(ProcessActivityNames.AcknowledgeWithdrawal, id, 1));
        var queue = await app.App.ClientFor(Personas.ChiefStatistician).GetStringAsync("/api/queue");
        Assert.DoesNotContain(id.ToString(), queue, StringComparison.Ordinal);
        // A timer that fires after the withdrawal records nothing.
        Assert.Equal(ProcessOutcomes.Done, await app.RunAsync(ProcessActivityNames.RemindChiefStatistician, id, 1));
        Assert.DoesNotContain("decision_reminder_sent", Releases.EventTypes(await ApiClient.GetAsync(_researcher, id)));
    }

    [SkippableFact]
    public async Task Withdrawing_a_draft_has_no_process_to_tell()
    {
        var (id, _) = await ApiClient.CreateAsync(_researcher, Variants.Of("pub-01", "Draft Withdrawal College"));
        Assert.Equal(HttpStatusCode.OK, (await _researcher.PostAsync($"/api/applications/{id}/withdraw", null)).StatusCode);
        Assert.Equal("Withdrawn", Releases.Status(await ApiClient.GetAsync(_researcher, id)));
        Assert.Empty(app.Outbox(id));
    }

    [SkippableFact]
    public async Task A_returned_application_is_reminded_once_then_lapses()
    {
        var (id, _) = await Variants.SubmittedAsync(_researcher, Variants.Of("pub-06", "Lapse Foundation"));
        await ApiClient.WaitForStatusAsync(_researcher, id, "ReturnedToResearcher");
        // The lapse date is the process definition's deadline, as the engine holds it for this wait.
        var wait = await ProcessWaits.WaitingAtAsync(app.App, id, "await-resubmission");
        var lapsesOn = DateOnly.FromDateTime(wait.Deadlines.Single(d => d.Activity == ProcessActivityNames.LapseApplication).DueUtc);
        Assert.Equal(app.Clock.Today.AddDays(60), lapsesOn);
        Assert.Equal(ProcessOutcomes.Done, await app.RunAsync(ProcessActivityNames.RemindResubmission, id, 1));
        Assert.Equal(ProcessOutcomes.Done, await app.RunAsync(ProcessActivityNames.RemindResubmission, id, 1));
        Assert.Equal(ProcessOutcomes.Done, await app.RunAsync(ProcessActivityNames.LapseApplication, id, 1));
        Assert.Equal(ProcessOutcomes.Done, await app.RunAsync(ProcessActivityNames.LapseApplication, id, 1));

        var view = await ApiClient.GetAsync(_researcher, id);
        Assert.Equal("Withdrawn", Releases.Status(view));
        var types = Releases.EventTypes(view);
        Assert.Single(types, t => t == "resubmission_reminder_sent");
        Assert.Single(types, t => t == "withdrawn");
        var page = await HtmlForms.GetPageAsync(_researcher, $"/applications/{id}");
        Assert.Equal(
            $"This application was withdrawn automatically (lapsed: not resubmitted by {Releases.Long(lapsesOn)}).",
            page.QuerySelector("#withdrawal")!.TextContent.Trim()
        );
        // A lapsed application cannot be resubmitted.
        Assert.Equal(HttpStatusCode.Conflict, (await _researcher.PostAsync($"/api/applications/{id}/submit", null)).StatusCode);
    }

    [SkippableFact]
    public async Task A_waiting_decision_is_reminded_and_escalated_once_each()
    {
        var (id, _) = await Variants.SubmittedAsync(_researcher, Variants.Of("pub-01", "Escalation Institute"));
        await ApiClient.WaitForStatusAsync(_researcher, id, "AwaitingDecision");
        foreach (
            var activity in new[]
            {
                ProcessActivityNames.RemindChiefStatistician,
                ProcessActivityNames.RemindChiefStatistician,
                ProcessActivityNames.EscalateDecision,
                ProcessActivityNames.EscalateDecision,
            }
        )
            Assert.Equal(ProcessOutcomes.Done, await app.RunAsync(activity, id, 1));
        var types = Releases.EventTypes(await ApiClient.GetAsync(_researcher, id));
        Assert.Single(types, t => t == "decision_reminder_sent");
        Assert.Single(types, t => t == "decision_escalated");
        Assert.Null(await app.AnchorAsync(id, 1, ProcessAnchorNames.ReleaseEnd));
        Assert.Null(await app.AnchorAsync(id, 1, "no-such-anchor"));
    }
}

public sealed class BeforeDecisionOnSqlite(SqliteLifecycleApp app) : BeforeDecisionTests(app), IClassFixture<SqliteLifecycleApp>;

public sealed class BeforeDecisionOnPostgres(PostgresLifecycleApp app) : BeforeDecisionTests(app), IClassFixture<PostgresLifecycleApp>;
