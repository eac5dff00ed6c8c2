using ResearchRelease.Workflow.Tests.Support;

namespace ResearchRelease.Workflow.Tests.Engine;

/// <summary>
/// <see cref="IReleaseProcess.RunNowAsync"/>: the caller that has just started or signalled an instance gets it
/// carried to its next wait before the call returns, whether it runs the pass itself or a runner had it first.
/// </summary>
public abstract class ImmediatePassScenarios(ITestOutputHelper output) : ScenarioBase(output)
{
    [SkippableFact]
    public async Task A_started_instance_is_waiting_for_the_decision_when_the_call_returns()
    {
        SkipIfUnavailable();
        var app = Guid.NewGuid();
        var activities = new ScriptedActivities().Script(app, "screen", "eligible");
        var host = await StartHostAsync(activities);

        await host.Process.StartAsync(app, default);
        await host.Process.RunNowAsync(app);

        var view = await host.Process.FindAsync(app, default);
        Assert.Equal((ProcessStatus.Waiting, "await-decision"), (view!.Status, view.CurrentNode));
        Assert.Equal([new("screen", app, 1), new("route-to-chief-statistician", app, 1)], activities.CallsFor(app));
    }

    [SkippableFact]
    public async Task A_signalled_decision_has_its_letter_when_the_call_returns()
    {
        SkipIfUnavailable();
        var app = Guid.NewGuid();
        var activities = new ScriptedActivities().Script(app, "screen", "eligible");
        var host = await StartHostAsync(activities);
        await host.Process.StartAsync(app, default);
        await host.Process.RunNowAsync(app);

        await host.Process.SignalAsync("decided", app, 1, "approve", default);
        await host.Process.RunNowAsync(app);

        var view = await host.Process.FindAsync(app, default);
        Assert.Equal((ProcessStatus.Complete, "approved"), (view!.Status, view.CurrentNode));
        Assert.Equal(1, activities.CallsFor(app).Count(c => c.Activity == "issue-approval-letter"));
    }

    [SkippableFact]
    public async Task A_node_that_runs_no_steps_leaves_the_pass_to_one_that_does()
    {
        SkipIfUnavailable();
        var app = Guid.NewGuid();
        var unused = new ScriptedActivities();
        var web = await StartHostAsync(unused, "web", runSteps: false);

        await web.Process.StartAsync(app, default);
        await web.Process.RunNowAsync(app);

        Assert.Equal("screen", (await web.Process.FindAsync(app, default))!.CurrentNode);
        Assert.Empty(unused.Calls);
        var worker = new ScriptedActivities().Script(app, "screen", "eligible");
        await StartHostAsync(worker, "worker");
        await Eventually.WaitingAtAsync(web.Process, app, "await-decision", 1);
    }

    [SkippableFact]
    public async Task Running_now_an_application_that_has_no_process_does_nothing()
    {
        SkipIfUnavailable();
        var app = Guid.NewGuid();
        var activities = new ScriptedActivities();
        var host = await StartHostAsync(activities);

        await host.Process.RunNowAsync(app);

        Assert.Null(await host.Process.FindAsync(app, default));
        Assert.Empty(activities.Calls);
    }
}

public sealed class SqliteImmediatePassTests(ITestOutputHelper output) : ImmediatePassScenarios(output)
{
    internal override StoreUnderTest Store => StoreUnderTest.NewSqliteFile(SqliteFolder);
}

public sealed class PostgresImmediatePassTests(PostgresDatabase database, ITestOutputHelper output)
    : ImmediatePassScenarios(output),
        IClassFixture<PostgresDatabase>
{
    internal override StoreUnderTest Store => database.Store!;

    protected override void SkipIfUnavailable() => database.SkipIfUnavailable();
}
