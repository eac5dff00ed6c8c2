using Microsoft.EntityFrameworkCore;
using ResearchRelease.Workflow.Tests.Support;

namespace ResearchRelease.Workflow.Tests.Engine;

/// <summary>Every branch of research-release v1, end to end on a real store.</summary>
public abstract class BranchScenarios(ITestOutputHelper output) : ScenarioBase(output)
{
    [SkippableFact]
    public async Task Eligible_then_approved_issues_the_approval_letter()
    {
        SkipIfUnavailable();
        var app = Guid.NewGuid();
        var activities = new ScriptedActivities().Script(app, "screen", "eligible");
        var host = await StartHostAsync(activities);

        await host.Process.StartAsync(app, default);
        await Eventually.WaitingAtAsync(host.Process, app, "await-decision", 1);
        await host.Process.SignalAsync("decided", app, 1, "approve", default);
        var done = await Eventually.CompleteAsync(host.Process, app);

        Assert.Equal("approved", done.CurrentNode);
        Assert.Equal(("research-release", 1), (done.DefinitionId, done.DefinitionVersion));
        Assert.NotNull(done.CompletedUtc);
        Assert.Equal(
            [new("screen", app, 1), new("route-to-chief-statistician", app, 1), new("issue-approval-letter", app, 1)],
            activities.CallsFor(app)
        );
    }

    [SkippableFact]
    public async Task Needs_judgement_then_refused_issues_the_refusal_letter()
    {
        SkipIfUnavailable();
        var app = Guid.NewGuid();
        var activities = new ScriptedActivities().Script(app, "screen", "needs_judgement");
        var host = await StartHostAsync(activities);

        await host.Process.StartAsync(app, default);
        await host.Process.SignalAsync("decided", app, 1, "refuse", default);
        var done = await Eventually.CompleteAsync(host.Process, app);

        Assert.Equal("refused", done.CurrentNode);
        Assert.Equal(
            [new("screen", app, 1), new("route-to-chief-statistician", app, 1), new("issue-refusal-letter", app, 1)],
            activities.CallsFor(app)
        );
    }

    [SkippableFact]
    public async Task Returned_by_the_decision_then_resubmitted_is_screened_again_in_round_2()
    {
        SkipIfUnavailable();
        var app = Guid.NewGuid();
        var activities = new ScriptedActivities().Script(app, "screen", "eligible", "eligible");
        var host = await StartHostAsync(activities);

        await host.Process.StartAsync(app, default);
        await host.Process.SignalAsync("decided", app, 1, "return", default);
        await Eventually.WaitingAtAsync(host.Process, app, "await-resubmission", 1);
        await host.Process.SignalAsync("resubmitted", app, 1, "", default);
        await Eventually.WaitingAtAsync(host.Process, app, "await-decision", 2);
        await host.Process.SignalAsync("decided", app, 2, "approve", default);
        var done = await Eventually.CompleteAsync(host.Process, app);

        Assert.Equal(("approved", 2), (done.CurrentNode, done.Round));
        Assert.Equal(
            [
                new("screen", app, 1),
                new("route-to-chief-statistician", app, 1),
                new("screen", app, 2),
                new("route-to-chief-statistician", app, 2),
                new("issue-approval-letter", app, 2),
            ],
            activities.CallsFor(app)
        );
    }

    [SkippableFact]
    public async Task Ineligible_is_returned_to_the_researcher_and_a_resubmission_is_screened_again()
    {
        SkipIfUnavailable();
        var app = Guid.NewGuid();
        var activities = new ScriptedActivities().Script(app, "screen", "ineligible", "incomplete", "eligible");
        var host = await StartHostAsync(activities);

        await host.Process.StartAsync(app, default);
        await Eventually.WaitingAtAsync(host.Process, app, "await-resubmission", 1);
        await host.Process.SignalAsync("resubmitted", app, 1, "", default);
        await Eventually.WaitingAtAsync(host.Process, app, "await-resubmission", 2);
        await host.Process.SignalAsync("resubmitted", app, 2, "", default);
        await host.Process.SignalAsync("decided", app, 3, "refuse", default);
        var done = await Eventually.CompleteAsync(host.Process, app);

        Assert.Equal(("refused", 3), (done.CurrentNode, done.Round));
        Assert.Equal(
            [
                new("screen", app, 1),
                new("return-to-researcher", app, 1),
                new("screen", app, 2),
                new("return-to-researcher", app, 2),
                new("screen", app, 3),
                new("route-to-chief-statistician", app, 3),
                new("issue-refusal-letter", app, 3),
            ],
            activities.CallsFor(app)
        );
    }

    [SkippableFact]
    public async Task A_signal_sent_before_its_wait_is_applied_when_the_wait_is_reached()
    {
        SkipIfUnavailable();
        var app = Guid.NewGuid();
        var reached = new TaskCompletionSource();
        var activities = new ScriptedActivities().Script(app, "screen", "eligible");
        activities.Before = async (call, ct) =>
        {
            if (call.Activity == "screen")
            {
                await reached.Task.WaitAsync(ct);
            }
        };
        var host = await StartHostAsync(activities);

        await host.Process.StartAsync(app, default);
        await host.Process.SignalAsync("decided", app, 1, "approve", default);
        reached.SetResult();
        var done = await Eventually.CompleteAsync(host.Process, app);

        Assert.Equal("approved", done.CurrentNode);
    }

    [SkippableFact]
    public async Task A_wait_without_timers_is_not_due_until_its_signal_wakes_it()
    {
        SkipIfUnavailable();
        var app = Guid.NewGuid();
        var activities = new ScriptedActivities().Script(app, "screen", "eligible");
        var host = await StartHostAsync(activities);

        await host.Process.StartAsync(app, default);
        await Eventually.WaitingAtAsync(host.Process, app, "await-decision", 1);
        await using (var store = host.OpenStore())
        {
            // Not due for decades: no poll finds it and no pass runs it until the decision arrives.
            var row = await store.Workflows.AsNoTracking().SingleAsync(w => w.Reference == app.ToString("D"));
            Assert.True(row.NextExecution > DateTime.UtcNow.AddYears(50).Ticks, $"next execution {row.NextExecution}");
            Assert.Null(row.ClaimedUntilUtcTicks);
        }

        await host.Process.SignalAsync("decided", app, 1, "approve", default);
        var done = await Eventually.CompleteAsync(host.Process, app);
        Assert.Equal("approved", done.CurrentNode);
        Assert.Single(activities.CallsFor(app), c => c.Activity == "issue-approval-letter");
    }
}
