using ResearchRelease.Workflow.Tests.Support;

namespace ResearchRelease.Workflow.Tests.Nodes;

/// <summary>
/// Two engine hosts, both running steps, on one PostgreSQL database with the advisory-lock provider: work started
/// or signalled on either is done once, by one of them. The activities here are scripted, not idempotent, so a
/// step run by both nodes would show as a second call.
/// </summary>
public sealed class TwoNodeTests(PostgresDatabase database, ITestOutputHelper output)
    : ScenarioBase(output),
        IClassFixture<PostgresDatabase>
{
    internal override StoreUnderTest Store => database.Store!;

    protected override void SkipIfUnavailable() => database.SkipIfUnavailable();

    [SkippableFact]
    public async Task Thirty_instances_shared_by_two_nodes_run_each_activity_exactly_once()
    {
        SkipIfUnavailable();
        var apps = Enumerable.Range(0, 30).Select(_ => Guid.NewGuid()).ToList();
        var returned = apps.Where((_, i) => i % 3 == 0).ToHashSet();
        bool Returned(int i) => returned.Contains(apps[i]);
        var calls = new System.Collections.Concurrent.ConcurrentQueue<(string Node, ActivityContext Call)>();
        var activitiesA = new ByRound("node-a", returned, calls);
        var activitiesB = new ByRound("node-b", returned, calls);

        await using var a = await ProcessHost.StartAsync(Store, activitiesA, Output, "node-a");
        await using var b = await ProcessHost.StartAsync(Store, activitiesB, Output, "node-b");
        IReleaseProcess On(int i) => i % 2 == 0 ? a.Process : b.Process;
        IReleaseProcess Other(int i) => i % 2 == 0 ? b.Process : a.Process;

        await Task.WhenAll(apps.Select((app, i) => On(i).StartAsync(app, default)));
        await Task.WhenAll(
            apps.Select(
                async (app, i) =>
                {
                    var round = 1;
                    if (Returned(i))
                    {
                        await Eventually.WaitingAtAsync(Other(i), app, "await-resubmission", 1);
                        await Other(i).SignalAsync("resubmitted", app, 1, "", default);
                        round = 2;
                    }

                    await Eventually.WaitingAtAsync(On(i), app, "await-decision", round);
                    await Other(i).SignalAsync("decided", app, round, i % 4 == 0 ? "refuse" : "approve", default);
                    await Eventually.CompleteAsync(On(i), app);
                }
            )
        );

        for (var i = 0; i < apps.Count; i++)
        {
            var made = calls.Select(c => c.Call).Where(c => c.ApplicationId == apps[i]).ToList();
            var letter = i % 4 == 0 ? "issue-refusal-letter" : "issue-approval-letter";
            List<ActivityContext> expected = Returned(i)
                ?
                [
                    new("screen", apps[i], 1),
                    new("return-to-researcher", apps[i], 1),
                    new("screen", apps[i], 2),
                    new("route-to-chief-statistician", apps[i], 2),
                    new(letter, apps[i], 2),
                ]
                : [new("screen", apps[i], 1), new("route-to-chief-statistician", apps[i], 1), new(letter, apps[i], 1)];
            Assert.Equal(expected.OrderBy(c => c.Round).ThenBy(c => c.Activity), made.OrderBy(c => c.Round).ThenBy(c => c.Activity));
        }

        // Both nodes did work: each runs what it starts or signals, and picks up the other's by polling.
        Assert.Contains(calls, c => c.Node == "node-a");
        Assert.Contains(calls, c => c.Node == "node-b");
    }

    /// <summary>Screening returns the chosen applications in round 1 only; every call is recorded with its node.</summary>
    private sealed class ByRound(
        string node,
        HashSet<Guid> returned,
        System.Collections.Concurrent.ConcurrentQueue<(string, ActivityContext)> calls
    ) : IProcessActivities
    {
        public Task<string> RunAsync(ActivityContext context, CancellationToken cancellationToken)
        {
            calls.Enqueue((node, context));
            var outcome =
                context.Activity != "screen" ? "done"
                : returned.Contains(context.ApplicationId) && context.Round == 1 ? "incomplete"
                : "eligible";
            return Task.FromResult(outcome);
        }
    }
}
