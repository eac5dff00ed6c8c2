using ResearchRelease.Workflow.Engine;
using ResearchRelease.Workflow.Tests.Support;

namespace ResearchRelease.Workflow.Tests.Engine;

/// <summary>
/// A host stopped mid-process and a new host on the same database: the instance completes, and
/// no activity that had finished runs again.
/// </summary>
public abstract class RestartScenarios(ITestOutputHelper output) : ScenarioBase(output)
{
    [SkippableFact]
    public async Task A_new_host_completes_an_instance_left_waiting_for_the_decision_exactly_once()
    {
        SkipIfUnavailable();
        var app = Guid.NewGuid();
        var first = new ScriptedActivities().Script(app, "screen", "eligible");
        var host1 = await StartHostAsync(first, "host1");
        await host1.Process.StartAsync(app, default);
        await Eventually.WaitingAtAsync(host1.Process, app, "await-decision", 1);
        await host1.StopAsync();

        var second = new ScriptedActivities();
        var host2 = await StartHostAsync(second, "host2");
        await host2.Process.SignalAsync("decided", app, 1, "approve", default);
        var done = await Eventually.CompleteAsync(host2.Process, app);

        Assert.Equal("approved", done.CurrentNode);
        Assert.Equal([new("screen", app, 1), new("route-to-chief-statistician", app, 1)], first.CallsFor(app));
        Assert.Equal([new ActivityContext("issue-approval-letter", app, 1)], second.CallsFor(app));
    }

    [SkippableFact]
    public async Task A_host_stopped_inside_the_letter_step_leaves_one_letter_to_the_next_host()
    {
        SkipIfUnavailable();
        var app = Guid.NewGuid();
        var letterStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = new ScriptedActivities().Script(app, "screen", "eligible");
        first.Before = async (call, ct) =>
        {
            if (call.Activity == "issue-approval-letter")
            {
                // The first host "dies" inside the letter step: it never finishes the call.
                letterStarted.TrySetResult();
                await Task.Delay(Timeout.Infinite, ct);
            }
        };
        var host1 = await StartHostAsync(first, "host1");
        await host1.Process.StartAsync(app, default);
        await host1.Process.SignalAsync("decided", app, 1, "approve", default);
        await letterStarted.Task.WaitAsync(Eventually.Timeout);
        await host1.StopAsync();
        Assert.NotEqual(ProcessStatus.Complete, (await host1.Process.FindAsync(app, default))!.Status);

        var second = new ScriptedActivities();
        var host2 = await StartHostAsync(second, "host2");
        var done = await Eventually.CompleteAsync(host2.Process, app);

        Assert.Equal("approved", done.CurrentNode);
        Assert.Equal([new ActivityContext("issue-approval-letter", app, 1)], second.CallsFor(app));
        Assert.Equal(1, first.CallsFor(app).Count(c => c.Activity == "issue-approval-letter"));
    }

    [SkippableFact]
    public async Task A_new_node_leaves_the_work_it_finds_until_its_start_gate_opens()
    {
        SkipIfUnavailable();
        var app = Guid.NewGuid();
        var web = await StartHostAsync(new ScriptedActivities(), "web", runSteps: false);
        await web.Process.StartAsync(app, default);
        var gate = new HeldStartGate();
        var worker = new ScriptedActivities().Script(app, "screen", "eligible");

        await StartHostAsync(worker, "worker", startGate: gate);
        await gate.Asked.WaitAsync(Eventually.Timeout);
        Assert.Empty(worker.CallsFor(app));
        gate.Open();

        await Eventually.WaitingAtAsync(web.Process, app, "await-decision", 1);
        Assert.Equal([new("screen", app, 1), new("route-to-chief-statistician", app, 1)], worker.CallsFor(app));
    }

    /// <summary>A web node's gate before its first page: closed until the test opens it.</summary>
    private sealed class HeldStartGate : IEngineStartGate
    {
        private readonly TaskCompletionSource _asked = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Asked => _asked.Task;

        public void Open() => _open.TrySetResult();

        public Task WaitAsync(CancellationToken stopping)
        {
            _asked.TrySetResult();
            return _open.Task.WaitAsync(stopping);
        }
    }

    [SkippableFact]
    public async Task A_web_only_node_starts_and_signals_while_another_node_runs_the_steps()
    {
        SkipIfUnavailable();
        var app = Guid.NewGuid();
        var unused = new ScriptedActivities();
        var web = await StartHostAsync(unused, "web", runSteps: false);
        var worker = new ScriptedActivities().Script(app, "screen", "eligible");
        await StartHostAsync(worker, "worker");

        await web.Process.StartAsync(app, default);
        await Eventually.WaitingAtAsync(web.Process, app, "await-decision", 1);
        await web.Process.SignalAsync("decided", app, 1, "approve", default);
        var done = await Eventually.CompleteAsync(web.Process, app);

        Assert.Equal("approved", done.CurrentNode);
        Assert.Empty(unused.Calls);
        Assert.Equal(3, worker.CallsFor(app).Count);
    }
}
