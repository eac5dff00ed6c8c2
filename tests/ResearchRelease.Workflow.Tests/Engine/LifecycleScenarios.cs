using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using ResearchRelease.Workflow.Tests.Support;

namespace ResearchRelease.Workflow.Tests.Engine;

/// <summary>
/// Version 2's deadlines, crossed with a <see cref="FakeTimeProvider"/> that the engine's clock reads:
/// no test sleeps for a deadline. The activities are scripted; what they do is the app's business.
/// </summary>
public abstract class LifecycleScenarios(ITestOutputHelper output) : ScenarioBase(output)
{
    // A Friday morning: ten working days later is the Friday two weeks on.
    private static readonly DateTimeOffset Start = new(2027, 3, 5, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);

    private async Task<(ProcessHost Host, ScriptedActivities Activities, Guid App)> StartAsync(
        TestAnchors? anchors = null,
        IReadOnlyDictionary<string, string>? periods = null,
        params string[] screenings
    )
    {
        SkipIfUnavailable();
        var app = Guid.NewGuid();
        var activities = new ScriptedActivities().Script(app, "screen", screenings.Length > 0 ? screenings : ["eligible"]);
        var host = await StartHostAsync(
            activities,
            definitionsFolder: DefinitionFiles.Folder,
            time: _clock,
            anchors: anchors ?? new TestAnchors(),
            timerPeriods: periods
        );
        await host.Process.StartAsync(app, default);
        return (host, activities, app);
    }

    private static int Count(ScriptedActivities activities, Guid app, string activity) =>
        activities.CallsFor(app).Count(c => c.Activity == activity);

    /// <summary>
    /// Waits until the instance is stored with <paramref name="timerId"/> fired. The scripted activity is called
    /// while the step is still running; WorkflowCore computes the step's next wake from the clock only when the
    /// step returns. Moving the clock before then would push that wake past every later deadline, and the test
    /// would wait for a run that never comes (what failed on CI: the second timer of a wait never fired).
    /// </summary>
    private static Task<ProcessInstanceView> FiredAsync(ProcessHost host, Guid app, string timerId) =>
        Eventually.InstanceAsync(
            host.Process,
            app,
            v => v.Deadlines.Any(d => d.TimerId == timerId && d.Fired),
            $"timer '{timerId}' stored as fired"
        );

    /// <summary>
    /// Moves the clock a second past <paramref name="to"/>: WorkflowCore runs a sleeping step only once its
    /// time has strictly passed, which a real clock always does and a frozen fake one never would.
    /// </summary>
    private Task AdvanceToAsync(DateTimeOffset to)
    {
        _clock.SetUtcNow(to.AddSeconds(1));
        return Task.CompletedTask;
    }

    [SkippableFact]
    public async Task The_decision_is_reminded_after_ten_working_days_and_escalated_after_fifteen()
    {
        var (host, activities, app) = await StartAsync();
        var waiting = await Eventually.WaitingAtAsync(host.Process, app, "await-decision", 1);
        Assert.Equal(
            [
                new ProcessDeadline("decision-reminder", Start.AddDays(14).UtcDateTime, false) { Activity = "remind-chief-statistician" },
                new ProcessDeadline("decision-escalation", Start.AddDays(21).UtcDateTime, false) { Activity = "escalate-decision" },
            ],
            waiting.Deadlines
        );

        await using (var store = host.OpenStore())
        {
            // Asleep until the first deadline (and a millisecond, as WorkflowCore runs a sleep only once it is past).
            var row = await store.Workflows.AsNoTracking().SingleAsync(w => w.Reference == app.ToString("D"));
            Assert.Equal(Start.AddDays(14).AddMilliseconds(1).UtcTicks, row.NextExecution);
        }

        await AdvanceToAsync(Start.AddDays(14));
        await FiredAsync(host, app, "decision-reminder");
        Assert.Equal(1, Count(activities, app, "remind-chief-statistician"));
        Assert.Equal(0, Count(activities, app, "escalate-decision"));

        await AdvanceToAsync(Start.AddDays(21));
        await Eventually.UntilAsync(() => Count(activities, app, "escalate-decision") == 1, "the escalation");

        await host.Process.SignalAsync("decided", app, 1, "approve", default);
        await Eventually.WaitingAtAsync(host.Process, app, "await-release-end", 1);
        Assert.Equal(1, Count(activities, app, "remind-chief-statistician"));
        Assert.Equal(1, Count(activities, app, "issue-approval-letter"));
    }

    [SkippableFact]
    public async Task A_returned_application_is_reminded_then_lapses()
    {
        var (host, activities, app) = await StartAsync(screenings: "incomplete");
        await Eventually.WaitingAtAsync(host.Process, app, "await-resubmission", 1);

        await AdvanceToAsync(Start.AddDays(46));
        await FiredAsync(host, app, "resubmission-reminder");
        Assert.Equal(1, Count(activities, app, "remind-resubmission"));
        await AdvanceToAsync(Start.AddDays(60));
        var done = await Eventually.CompleteAsync(host.Process, app);

        Assert.Equal("lapsed", done.CurrentNode);
        Assert.Equal(1, Count(activities, app, "lapse-application"));
        Assert.Equal(1, Count(activities, app, "remind-resubmission"));
    }

    [SkippableFact]
    public async Task A_resubmission_on_the_last_day_wins_over_the_lapse()
    {
        var (host, activities, app) = await StartAsync(screenings: ["incomplete", "eligible"]);
        await Eventually.WaitingAtAsync(host.Process, app, "await-resubmission", 1);

        await host.Process.SignalAsync("resubmitted", app, 1, "", default);
        await AdvanceToAsync(Start.AddDays(61));
        await Eventually.WaitingAtAsync(host.Process, app, "await-decision", 2);

        Assert.Equal(0, Count(activities, app, "lapse-application"));
    }

    [SkippableFact]
    public async Task The_researcher_can_withdraw_while_the_decision_is_awaited()
    {
        var (host, activities, app) = await StartAsync();
        await Eventually.WaitingAtAsync(host.Process, app, "await-decision", 1);

        await host.Process.SignalAsync("withdrawn", app, 1, "", default);
        var done = await Eventually.CompleteAsync(host.Process, app);

        Assert.Equal("withdrawn", done.CurrentNode);
        Assert.Equal(1, Count(activities, app, "acknowledge-withdrawal"));
        Assert.Empty(done.Deadlines);
    }

    [SkippableFact]
    public async Task A_release_is_reminded_extended_expired_flagged_and_closed()
    {
        var app = Guid.Empty;
        var anchors = new TestAnchors();
        var (host, activities, started) = await StartAsync(anchors, null, "eligible", "eligible");
        app = started;
        anchors.Set(app, "release-end", 1, Start.AddDays(100)).Set(app, "release-end", 2, Start.AddDays(200));
        anchors.Set(app, "destruction-due", 1, Start.AddDays(230));
        await host.Process.SignalAsync("decided", app, 1, "approve", default);
        await Eventually.WaitingAtAsync(host.Process, app, "await-release-end", 1);

        await AdvanceToAsync(Start.AddDays(70));
        await Eventually.UntilAsync(() => Count(activities, app, "remind-release-ending") == 1, "the end-date reminder");

        await host.Process.SignalAsync("extension-requested", app, 1, "", default);
        await Eventually.WaitingAtAsync(host.Process, app, "await-extension-decision", 2);
        Assert.Equal(2, Count(activities, app, "screen"));
        await host.Process.SignalAsync("extension-decided", app, 2, "approve", default);
        var extended = await Eventually.WaitingAtAsync(host.Process, app, "await-release-end", 2);
        Assert.Equal(1, Count(activities, app, "issue-extension-letter"));
        Assert.Equal(
            [
                new ProcessDeadline("release-ending-reminder", Start.AddDays(170).UtcDateTime, false)
                {
                    Activity = "remind-release-ending",
                },
                new ProcessDeadline("release-end", Start.AddDays(200).UtcDateTime, false) { Activity = "expire-release" },
            ],
            extended.Deadlines
        );

        await AdvanceToAsync(Start.AddDays(170));
        await FiredAsync(host, app, "release-ending-reminder");
        Assert.Equal(2, Count(activities, app, "remind-release-ending"));

        await AdvanceToAsync(Start.AddDays(200));
        await Eventually.WaitingAtAsync(host.Process, app, "await-destruction", 2);
        Assert.Equal(1, Count(activities, app, "expire-release"));

        await AdvanceToAsync(Start.AddDays(231));
        await Eventually.UntilAsync(() => Count(activities, app, "flag-destruction-overdue") == 1, "the overdue flag");

        await host.Process.SignalAsync("destruction-confirmed", app, 2, "", default);
        var done = await Eventually.CompleteAsync(host.Process, app);
        Assert.Equal("closed", done.CurrentNode);
        Assert.Equal(1, Count(activities, app, "close-release"));
    }

    /// <summary>
    /// The clock passes a timer's due time while the pass that begins the wait is under way (here, as the wait reads
    /// its anchor), then stands still, as a test's clock does. The wait must fire that timer, not sleep until just
    /// after a time the clock has already passed: a frozen clock would never reach it.
    /// </summary>
    [SkippableFact]
    public async Task A_timer_that_falls_due_while_its_wait_begins_fires_in_that_pass()
    {
        var anchors = new TestAnchors();
        var (host, activities, app) = await StartAsync(anchors);
        anchors.Set(app, "release-end", 1, Start.AddDays(100));
        // Settled first, so that the signal's pass is the one that begins the wait (no wake-up is pending after it).
        await Eventually.WaitingAtAsync(host.Process, app, "await-decision", 1);
        var moved = 0;
        anchors.Resolving = anchor =>
        {
            if (anchor == "release-end" && Interlocked.Exchange(ref moved, 1) == 0)
            {
                _clock.SetUtcNow(Start.AddDays(70).AddSeconds(1));
            }
        };

        await host.Process.SignalAsync("decided", app, 1, "approve", default);

        await FiredAsync(host, app, "release-ending-reminder");
        Assert.Equal(1, Count(activities, app, "remind-release-ending"));
        Assert.Equal(0, Count(activities, app, "expire-release"));
    }

    [SkippableFact]
    public async Task Configured_periods_replace_the_definitions_and_can_count_an_anchored_timer_from_the_wait()
    {
        var periods = new Dictionary<string, string> { ["decision-reminder"] = "5 minutes", ["release-end"] = "after 10 minutes" };
        var (host, activities, app) = await StartAsync(periods: periods);
        await Eventually.WaitingAtAsync(host.Process, app, "await-decision", 1);

        await AdvanceToAsync(Start.AddMinutes(5));
        await Eventually.UntilAsync(() => Count(activities, app, "remind-chief-statistician") == 1, "the short reminder");
        await host.Process.SignalAsync("decided", app, 1, "approve", default);
        await Eventually.WaitingAtAsync(host.Process, app, "await-release-end", 1);

        await AdvanceToAsync(Start.AddMinutes(16));
        await Eventually.WaitingAtAsync(host.Process, app, "await-destruction", 1);
        Assert.Equal(1, Count(activities, app, "expire-release"));
    }

    [SkippableFact]
    public async Task A_restart_keeps_the_deadlines_it_had_set()
    {
        var (host, activities, app) = await StartAsync();
        await Eventually.WaitingAtAsync(host.Process, app, "await-decision", 1);
        await AdvanceToAsync(Start.AddDays(7));
        await host.StopAsync();

        var again = await StartHostAsync(
            activities,
            "restarted",
            definitionsFolder: DefinitionFiles.Folder,
            time: _clock,
            anchors: new TestAnchors()
        );
        await AdvanceToAsync(Start.AddDays(13));
        var waiting = await Eventually.WaitingAtAsync(again.Process, app, "await-decision", 1);
        Assert.Equal(Start.AddDays(14).UtcDateTime, waiting.Deadlines[0].DueUtc);
        await AdvanceToAsync(Start.AddDays(14));
        await Eventually.UntilAsync(
            () => Count(activities, app, "remind-chief-statistician") == 1,
            "the reminder, due from the first wait"
        );
    }
}
