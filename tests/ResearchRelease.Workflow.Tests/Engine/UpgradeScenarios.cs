using Microsoft.Extensions.Time.Testing;
using ResearchRelease.Workflow.Tests.Support;

namespace ResearchRelease.Workflow.Tests.Engine;

/// <summary>
/// Publishing a new version while instances run. A class of its own: its PostgreSQL variant needs a
/// database where no other test left instances of a version the first host does not load.
/// </summary>
public abstract class UpgradeScenarios(ITestOutputHelper output) : ScenarioBase(output)
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 3, 5, 9, 0, 0, TimeSpan.Zero));

    [SkippableFact]
    public async Task An_instance_started_on_version_1_finishes_on_version_1_after_version_2_is_published()
    {
        SkipIfUnavailable();
        var old = Guid.NewGuid();
        var activities = new ScriptedActivities().Script(old, "screen", "eligible");
        var before = await StartHostAsync(activities, "v1 only", definitionsFolder: DefinitionFiles.V1OnlyFolder, time: _clock);
        await before.Process.StartAsync(old, default);
        await Eventually.WaitingAtAsync(before.Process, old, "await-decision", 1);
        await before.StopAsync();

        var after = await StartHostAsync(
            activities,
            "v1 and v2",
            definitionsFolder: DefinitionFiles.Folder,
            time: _clock,
            anchors: new TestAnchors()
        );
        var fresh = Guid.NewGuid();
        activities.Script(fresh, "screen", "eligible");
        await after.Process.StartAsync(fresh, default);
        await after.Process.SignalAsync("decided", old, 1, "approve", default);
        var done = await Eventually.CompleteAsync(after.Process, old);

        Assert.Equal((1, "approved"), (done.DefinitionVersion, done.CurrentNode));
        var waiting = await Eventually.WaitingAtAsync(after.Process, fresh, "await-decision", 1);
        Assert.Equal(2, waiting.DefinitionVersion);
        await Assert.ThrowsAsync<ArgumentException>(() => after.Process.SignalAsync("withdrawn", old, 1, "", default));
    }
}
