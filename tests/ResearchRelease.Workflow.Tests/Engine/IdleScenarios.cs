using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using ResearchRelease.Workflow.Tests.Support;

namespace ResearchRelease.Workflow.Tests.Engine;

/// <summary>
/// An idle engine sends nothing to its store until something is due (ADR 0021): instances waiting on timers and
/// signals cost no statement, yet a signal moves its instance at once and a timer fires when the clock reaches it.
/// </summary>
public abstract class IdleScenarios(ITestOutputHelper output) : ScenarioBase(output)
{
    private static readonly DateTimeOffset Start = new(2027, 3, 5, 9, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Long enough that a poller reading the store on a timer would show in it many times over (the hosts check their
    /// clocks every 200 ms), and longer than any trailing statement of the work just done.
    /// </summary>
    private static readonly TimeSpan QuietWindow = TimeSpan.FromSeconds(2);

    /// <summary>No sweep falls within a test: what is seen is what the writes announce.</summary>
    private static readonly TimeSpan NoSweep = TimeSpan.FromHours(1);

    private readonly FakeTimeProvider _clock = new(Start);

    [SkippableFact]
    public async Task Waiting_instances_cost_no_statements_until_a_signal_or_a_timer_is_due()
    {
        SkipIfUnavailable();
        var apps = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToList();
        var activities = new ScriptedActivities();
        foreach (var app in apps)
            activities.Script(app, "screen", "eligible");
        var host = await StartHostAsync(
            activities,
            definitionsFolder: DefinitionFiles.Folder,
            time: _clock,
            anchors: new TestAnchors().Set(apps[0], "release-end", 1, Start.AddYears(1)),
            sweepInterval: NoSweep
        );
        foreach (var app in apps)
            await host.Process.StartAsync(app, default);
        foreach (var app in apps)
            await Eventually.WaitingAtAsync(host.Process, app, "await-decision", 1);

        await QuietAsync(host);

        var signalled = Stopwatch.StartNew();
        var before = host.Statements;
        await host.Process.SignalAsync("decided", apps[0], 1, "approve", default);
        await Eventually.InstanceAsync(host.Process, apps[0], v => v.CurrentNode != "await-decision", "the signal to move its wait");
        Output.WriteLine($"Signal to move: {signalled.ElapsedMilliseconds} ms, {host.Statements - before} engine statements.");
        await QuietAsync(host);

        // The decision reminder is due fourteen days on; nothing announces it, the poller finds it by its clock.
        _clock.SetUtcNow(Start.AddDays(14).AddSeconds(1));
        await Eventually.UntilAsync(
            () => apps.Skip(1).All(app => activities.CallsFor(app).Any(c => c.Activity == "remind-chief-statistician")),
            "every waiting instance's reminder"
        );
        Assert.DoesNotContain(activities.CallsFor(apps[0]), c => c.Activity == "remind-chief-statistician");
        await QuietAsync(host);
    }

    /// <summary>
    /// Waits for the engine to go quiet after the work just done, then asserts it stays quiet over a whole window.
    /// A node that polled its store on a timer is never quiet for one.
    /// </summary>
    private async Task QuietAsync(ProcessHost host)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var before = host.Statements;
            await Task.Delay(QuietWindow);
            var during = host.Statements - before;
            Output.WriteLine($"Engine statements over a {QuietWindow.TotalSeconds:F0} s window: {during}.");
            if (during == 0)
                return;
        }

        Assert.Fail($"The engine never stayed quiet for {QuietWindow.TotalSeconds:F0} s while every instance waited.");
    }
}

public sealed class SqliteIdleTests(ITestOutputHelper output) : IdleScenarios(output)
{
    internal override StoreUnderTest Store => StoreUnderTest.NewSqliteFile(SqliteFolder);
}

/// <summary>A fresh database per test: instances of another test, on another clock, would be due here.</summary>
public sealed class PostgresIdleTests(ITestOutputHelper output) : IdleScenarios(output)
{
    private readonly PostgresDatabase _database = new();

    internal override StoreUnderTest Store => _database.Store!;

    protected override void SkipIfUnavailable() => _database.SkipIfUnavailable();

    public override Task InitializeAsync() => _database.InitializeAsync();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    [SkippableFact]
    public async Task A_signal_stored_by_a_web_only_node_wakes_the_step_node_at_once()
    {
        SkipIfUnavailable();
        var app = Guid.NewGuid();
        var activities = new ScriptedActivities().Script(app, "screen", "eligible");
        // With no sweep for an hour, only the notification can tell the step node of the signal.
        var steps = await StartHostAsync(activities, "steps", sweepInterval: TimeSpan.FromHours(1));
        var web = await StartHostAsync(new ScriptedActivities(), "web", runSteps: false, sweepInterval: TimeSpan.FromHours(1));
        await web.Process.StartAsync(app, default);
        await Eventually.WaitingAtAsync(steps.Process, app, "await-decision", 1);

        await web.Process.SignalAsync("decided", app, 1, "approve", default);

        await Eventually.CompleteAsync(steps.Process, app);
        Assert.Contains(activities.CallsFor(app), c => c.Activity == "issue-approval-letter");
    }
}
