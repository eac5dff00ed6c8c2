using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Workflow;
using static ResearchRelease.Web.Tests.Resilience.TwoNodeRun;

namespace ResearchRelease.Web.Tests.Resilience;

/// <summary>
/// Two app instances on one PostgreSQL database (docs/operations.md, "More than one node"). Work submitted through
/// either node is done once, and a node that stops part-way leaves nothing half done for the other.
/// </summary>
[LongRunning(20)]
public sealed class TwoNodeTests
{
    [SkippableFact]
    public async Task Forty_applications_on_two_nodes_complete_exactly_once_when_one_node_stops_part_way()
    {
        TestDatabase.RequirePostgres();
        using var db = TestDatabase.Create("Postgres");
        // One node migrates a fresh database before the next starts (docs/operations.md).
        await using var a = new AppFactory(db);
        _ = a.Server;
        var b = new AppFactory(db);
        try
        {
            _ = b.Server;
            var plans = Enumerable.Range(0, 40).Select(PlanFor).ToList();
            var ids = await Task.WhenAll(plans.Select((plan, i) => SubmitAsync(i % 2 == 0 ? a : b, plan)));

            // Part-way: some applications screened, others still in the outbox or mid-step on b, when b goes.
            var researcher = a.ClientFor(Personas.Researcher);
            await ApiClient.WaitForAsync(researcher, ids[^1], v => v.GetProperty("status").GetString() != "Submitted", "screened", 180);
            await b.DisposeAsync();

            // A few at a time: forty callers polling the API at once would starve the node on two cores.
            await Parallel.ForEachAsync(Enumerable.Range(0, ids.Length), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
                await EngineState.ExplainTimeoutAsync(db, ids[i], () => FinishAsync(a, ids[i], plans[i]))
            );
            for (var i = 0; i < ids.Length; i++)
                await AssertCompletedOnceAsync(a, ids[i], plans[i]);
            await AssertRecordIntactAsync(a);
        }
        finally
        {
            await b.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task A_web_only_node_accepts_submissions_runs_no_steps_and_a_step_node_completes_them()
    {
        TestDatabase.RequirePostgres();
        using var db = TestDatabase.Create("Postgres");
        var webOnlyActivities = new RecordingActivities();
        await using var web = new AppFactory(
            db,
            services => services.AddScoped<IProcessActivities>(_ => webOnlyActivities),
            new Dictionary<string, string> { ["Workflow:RunSteps"] = "false" }
        );
        var plans = Enumerable.Range(0, 6).Select(PlanFor).ToList();
        var ids = await Task.WhenAll(plans.Select(plan => SubmitAsync(web, plan)));

        // Alone, the web-only node starts the process instances (through its outbox) but screens nothing.
        using (var scope = web.Services.CreateScope())
        {
            var process = scope.ServiceProvider.GetRequiredService<IReleaseProcess>();
            foreach (var id in ids)
            {
                await Poll.UntilAsync(
                    async () => await process.FindAsync(id, CancellationToken.None) is not null,
                    $"the process instance of {id}",
                    TimeSpan.FromSeconds(120)
                );
            }
        }
        foreach (var id in ids)
            Assert.Equal("Submitted", (await ApiClient.GetAsync(web.ClientFor(Personas.Researcher), id)).GetProperty("status").GetString());

        // A node that runs steps does the work; everything the users do still goes through the web-only node.
        await using var worker = new AppFactory(db);
        _ = worker.Server;
        await Task.WhenAll(ids.Select((id, i) => EngineState.ExplainTimeoutAsync(db, id, () => FinishAsync(web, id, plans[i]))));
        for (var i = 0; i < ids.Length; i++)
            await AssertCompletedOnceAsync(web, ids[i], plans[i]);
        await AssertRecordIntactAsync(web);
        Assert.Equal(0, webOnlyActivities.Calls);
    }

    /// <summary>Counts calls; on a web-only node there must be none.</summary>
    private sealed class RecordingActivities : IProcessActivities
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public Task<string> RunAsync(ActivityContext context, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            throw new InvalidOperationException($"A web-only node ran activity {context.Activity}.");
        }
    }
}
