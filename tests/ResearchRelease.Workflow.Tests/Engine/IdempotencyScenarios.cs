using Microsoft.EntityFrameworkCore;
using ResearchRelease.Workflow.Tests.Support;

namespace ResearchRelease.Workflow.Tests.Engine;

/// <summary>Repeated starts and signals, refused signals, and failing activities.</summary>
public abstract class IdempotencyScenarios(ITestOutputHelper output) : ScenarioBase(output)
{
    [SkippableFact]
    public async Task Starting_an_application_twice_creates_one_instance()
    {
        SkipIfUnavailable();
        var app = Guid.NewGuid();
        var activities = new ScriptedActivities().Script(app, "screen", "eligible");
        var host = await StartHostAsync(activities);

        await host.Process.StartAsync(app, default);
        await host.Process.StartAsync(app, default);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => host.Process.StartAsync(app, default)));
        await Eventually.WaitingAtAsync(host.Process, app, "await-decision", 1);

        await using var store = host.OpenStore();
        Assert.Equal(1, await store.Workflows.CountAsync(w => w.Reference == app.ToString()));
        Assert.Single(activities.CallsFor(app), c => c.Activity == "screen");
    }

    [SkippableFact]
    public async Task Signalling_twice_stores_one_event_and_issues_one_letter()
    {
        SkipIfUnavailable();
        var app = Guid.NewGuid();
        var activities = new ScriptedActivities().Script(app, "screen", "eligible");
        var host = await StartHostAsync(activities);

        await host.Process.StartAsync(app, default);
        await host.Process.SignalAsync("decided", app, 1, "approve", default);
        await host.Process.SignalAsync("decided", app, 1, "approve", default);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => host.Process.SignalAsync("decided", app, 1, "refuse", default)));
        var done = await Eventually.CompleteAsync(host.Process, app);

        Assert.Equal("approved", done.CurrentNode);
        await using var store = host.OpenStore();
        Assert.Equal(1, await store.Events.CountAsync(e => e.EventKey == $"{app}:1"));
        Assert.Single(activities.CallsFor(app), c => c.Activity == "issue-approval-letter");
    }

    [SkippableFact]
    public async Task Undeclared_signals_and_payloads_are_refused()
    {
        SkipIfUnavailable();
        var app = Guid.NewGuid();
        var host = await StartHostAsync(new ScriptedActivities().Script(app, "screen", "eligible"));
        await host.Process.StartAsync(app, default);

        await Assert.ThrowsAsync<ArgumentException>(() => host.Process.SignalAsync("decided", app, 1, "maybe", default));
        await Assert.ThrowsAsync<ArgumentException>(() => host.Process.SignalAsync("withdrawn", app, 1, "", default));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => host.Process.SignalAsync("decided", app, 0, "approve", default));
        Assert.Null(await host.Process.FindAsync(Guid.NewGuid(), default));
    }

    [SkippableFact]
    public async Task A_failing_activity_is_retried_and_its_errors_are_kept()
    {
        SkipIfUnavailable();
        var app = Guid.NewGuid();
        var failures = 0;
        var activities = new ScriptedActivities().Script(app, "screen", "eligible");
        activities.Before = (call, _) =>
            call.Activity == "route-to-chief-statistician" && Interlocked.Increment(ref failures) <= 2
                ? throw new InvalidOperationException("queue unavailable")
                : Task.CompletedTask;
        var host = await StartHostAsync(activities);

        await host.Process.StartAsync(app, default);
        await Eventually.WaitingAtAsync(host.Process, app, "await-decision", 1);

        Assert.Equal(3, activities.CallsFor(app).Count(c => c.Activity == "route-to-chief-statistician"));
        await using var store = host.OpenStore();
        var workflowId = await store.Workflows.Where(w => w.Reference == app.ToString()).Select(w => w.Id).SingleAsync();
        Assert.Equal(2, await store.ExecutionErrors.CountAsync(e => e.WorkflowId == workflowId && e.Message == "queue unavailable"));
    }

    [SkippableFact]
    public async Task An_activity_that_keeps_failing_suspends_the_instance_after_its_last_attempt()
    {
        SkipIfUnavailable();
        var app = Guid.NewGuid();
        var activities = new ScriptedActivities();
        activities.Before = (_, _) => throw new InvalidOperationException("screening service down");
        var host = await StartHostAsync(activities, maxActivityAttempts: 3);

        await host.Process.StartAsync(app, default);
        var suspended = await Eventually.InstanceAsync(host.Process, app, v => v.Status == ProcessStatus.Suspended, "suspension");

        Assert.Equal("screen", suspended.CurrentNode);
        Assert.Equal(3, activities.CallsFor(app).Count);
    }
}
