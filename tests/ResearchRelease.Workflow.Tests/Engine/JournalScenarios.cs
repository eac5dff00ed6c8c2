using Microsoft.EntityFrameworkCore;
using ResearchRelease.Workflow.Tests.Support;

namespace ResearchRelease.Workflow.Tests.Engine;

/// <summary>The workflow journal, the list of instances in trouble, and an operator's suspend / resume / retry.</summary>
public abstract class JournalScenarios(ITestOutputHelper output) : ScenarioBase(output)
{
    [SkippableFact]
    public async Task The_journal_records_each_step_wait_and_signal_once_in_order()
    {
        SkipIfUnavailable();
        var app = Guid.NewGuid();
        var host = await StartHostAsync(new ScriptedActivities().Script(app, "screen", "eligible"));

        await host.Process.StartAsync(app, default);
        await Eventually.WaitingAtAsync(host.Process, app, "await-decision", 1);
        await host.Process.SignalAsync("decided", app, 1, "approve", default);
        await Eventually.CompleteAsync(host.Process, app);
        var journal = await host.Process.JournalAsync(app, default);

        Assert.Equal(
            [
                "node-entered screen",
                "node-left screen",
                "node-entered route-to-chief-statistician",
                "node-left route-to-chief-statistician",
                "node-entered await-decision",
                "waiting await-decision",
                "signal-received await-decision",
                "node-left await-decision",
                "node-entered issue-approval-letter",
                "node-left issue-approval-letter",
                "node-entered approved",
                "ended approved",
            ],
            journal.Select(e => $"{e.Kind} {e.Node}")
        );
        Assert.Equal("eligible → route-to-chief-statistician", journal[1].Detail);
        Assert.Equal("decided: approve", journal[6].Detail);
        Assert.All(journal, e => Assert.Null(e.Actor));
        Assert.Empty(await host.Process.JournalAsync(Guid.NewGuid(), default));
    }

    [SkippableFact]
    public async Task A_pass_whose_entries_meet_one_already_written_writes_each_of_the_rest_once()
    {
        SkipIfUnavailable();
        var app = Guid.NewGuid();
        var host = await StartHostAsync(new ScriptedActivities());
        var workflow = new WorkflowCore.Models.WorkflowInstance
        {
            Id = "journal-pass",
            Data = new Workflow.Engine.ProcessData { ApplicationId = app, Round = 1 },
        };
        var step = new WorkflowCore.Models.StepExecutionContext
        {
            Workflow = workflow,
            ExecutionPointer = new WorkflowCore.Models.ExecutionPointer { Id = "pointer-1" },
        };
        // A pass whose waiting entry was written, then ran again (the step repeated at least once).
        host.Journal.BeginPass(workflow.Id);
        await host.Journal.WaitingAsync(step, "await-decision", "the decision");
        await WriteAsync(host, host.Journal.EndPass(workflow.Id));

        host.Journal.BeginPass(workflow.Id);
        await host.Journal.WaitingAsync(step, "await-decision", "the decision");
        await host.Journal.WaitingAsync(step, "await-decision", "the decision");
        await host.Journal.EndedAsync(step, "await-decision");
        Assert.Single(await host.Process.JournalAsync(app, default));
        await WriteAsync(host, host.Journal.EndPass(workflow.Id));

        Assert.Equal(
            ["waiting await-decision", "ended await-decision"],
            (await host.Process.JournalAsync(app, default)).Select(e => $"{e.Kind} {e.Node}")
        );
    }

    private static async Task WriteAsync(Support.ProcessHost host, IReadOnlyList<Workflow.Persistence.Entities.StoredJournalEntry> rows)
    {
        await using var db = host.OpenStore();
        await Workflow.Persistence.JournalRows.InsertAsync(db, rows, default);
    }

    [SkippableFact]
    public async Task A_failing_activity_is_journalled_suspended_listed_and_retried_by_an_operator_until_it_completes_once()
    {
        SkipIfUnavailable();
        var app = Guid.NewGuid();
        var broken = true;
        var activities = new ScriptedActivities().Script(app, "screen", "eligible");
        activities.Before = (call, _) =>
            call.Activity == "route-to-chief-statistician" && Volatile.Read(ref broken)
                ? throw new InvalidOperationException("decision queue unavailable")
                : Task.CompletedTask;
        var host = await StartHostAsync(activities, maxActivityAttempts: 2);
        int Routes() => activities.CallsFor(app).Count(c => c.Activity == "route-to-chief-statistician");

        await host.Process.StartAsync(app, default);
        await SuspendedAfterAsync(host, app, Routes, 2);
        // WorkflowCore stores a step's errors just after the instance itself, so the second error may trail the suspension.
        var troubled = await ListedAsync(host, app, t => t.ErrorCount == 2);
        Assert.Equal(ProcessStatus.Suspended, troubled.Status);
        Assert.Equal("route-to-chief-statistician", troubled.CurrentNode);
        Assert.Equal("decision queue unavailable", troubled.LastError);
        Assert.Equal(2, troubled.ErrorCount);

        // Resume: one more attempt (the count stays used up); retry: every attempt again.
        Assert.Equal(OperatorActionResult.Done, await host.Process.ResumeAsync(app, "Alex Morgan (admin)", "queue restarted", default));
        await SuspendedAfterAsync(host, app, Routes, 3);
        Assert.Equal(OperatorActionResult.Done, await host.Process.RetryAsync(app, "Alex Morgan (admin)", null, default));
        await SuspendedAfterAsync(host, app, Routes, 5);
        Volatile.Write(ref broken, false);
        Assert.Equal(OperatorActionResult.Done, await host.Process.RetryAsync(app, "Alex Morgan (admin)", "fixed", default));
        await Eventually.WaitingAtAsync(host.Process, app, "await-decision", 1);

        Assert.Equal(6, Routes());
        Assert.Equal(OperatorActionResult.NotAllowed, await host.Process.ResumeAsync(app, "Alex Morgan (admin)", null, default));
        Assert.Equal(OperatorActionResult.NotFound, await host.Process.RetryAsync(Guid.NewGuid(), "Alex Morgan (admin)", null, default));
        Assert.DoesNotContain(await host.Process.FindTroubledAsync(TimeSpan.FromDays(30), default), t => t.ApplicationId == app);
        var journal = await host.Process.JournalAsync(app, default);
        Assert.Equal(5, journal.Count(e => e.Kind == JournalKinds.ActivityFailed));
        Assert.Contains(journal, e =>
            e.Kind == JournalKinds.ActivityFailed
            && e.Detail!.Contains("(attempt 1 of 2, will retry): decision queue unavailable", StringComparison.Ordinal)
        );
        Assert.Equal(3, journal.Count(e => e.Kind == JournalKinds.Suspended));
        var resumed = Assert.Single(journal, e => e.Kind == JournalKinds.OperatorResumed);
        Assert.Equal(("Alex Morgan (admin)", "queue restarted"), (resumed.Actor, resumed.Detail));
        Assert.Equal(2, journal.Count(e => e.Kind == JournalKinds.OperatorRetried));
        Assert.Single(journal, e => e.Kind == JournalKinds.NodeLeft && e.Node == "route-to-chief-statistician");
    }

    [SkippableFact]
    public async Task A_long_wait_is_listed_and_an_operator_can_suspend_and_resume_it()
    {
        SkipIfUnavailable();
        var app = Guid.NewGuid();
        var host = await StartHostAsync(new ScriptedActivities().Script(app, "screen", "eligible"));
        await host.Process.StartAsync(app, default);
        await Eventually.WaitingAtAsync(host.Process, app, "await-decision", 1);

        Assert.DoesNotContain(await host.Process.FindTroubledAsync(TimeSpan.FromDays(1), default), t => t.ApplicationId == app);
        var waiting = Assert.Single(await host.Process.FindTroubledAsync(TimeSpan.Zero, default), t => t.ApplicationId == app);
        Assert.Equal(ProcessStatus.Waiting, waiting.Status);
        Assert.NotNull(waiting.WaitingSinceUtc);
        Assert.False(waiting.Retrying);

        Assert.Equal(OperatorActionResult.NotAllowed, await host.Process.RetryAsync(app, "admin", null, default));
        Assert.Equal(OperatorActionResult.Done, await host.Process.SuspendAsync(app, "admin", "investigating", default));
        Assert.Equal(ProcessStatus.Suspended, (await host.Process.FindAsync(app, default))!.Status);
        Assert.Equal(OperatorActionResult.NotAllowed, await host.Process.SuspendAsync(app, "admin", null, default));
        Assert.Equal(OperatorActionResult.Done, await host.Process.ResumeAsync(app, "admin", null, default));
        await host.Process.SignalAsync("decided", app, 1, "refuse", default);
        Assert.Equal("refused", (await Eventually.CompleteAsync(host.Process, app)).CurrentNode);

        await using var store = host.OpenStore();
        Assert.Equal(2, await store.Journal.CountAsync(e => e.ApplicationId == app.ToString() && e.Actor == "admin"));
    }

    private static async Task<TroubledInstance> ListedAsync(ProcessHost host, Guid app, Func<TroubledInstance, bool> condition)
    {
        var deadline = DateTime.UtcNow + Eventually.Timeout;
        while (true)
        {
            var listed = (await host.Process.FindTroubledAsync(TimeSpan.FromDays(30), default)).SingleOrDefault(t =>
                t.ApplicationId == app
            );
            if (listed is not null && condition(listed))
                return listed;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Gave up waiting for {app} to be listed as expected; last seen: {listed}");
            await Task.Delay(50);
        }
    }

    private static async Task SuspendedAfterAsync(ProcessHost host, Guid app, Func<int> attempts, int expected)
    {
        await Eventually.UntilAsync(() => attempts() >= expected, $"{expected} attempts");
        await Eventually.InstanceAsync(host.Process, app, v => v.Status == ProcessStatus.Suspended, "suspension");
        Assert.Equal(expected, attempts());
    }
}
