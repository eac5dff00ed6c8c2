using System.Diagnostics;
using System.Globalization;
using ResearchRelease.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ResearchRelease.Web.Tests.Resilience.Crash;

/// <summary>
/// The real app, as an OS process, SIGKILLed at random points (during start-up, after random delays, right after
/// and in the middle of write requests) at least 20 times while applications go through submission, screening,
/// decision and letter issue, and restarted each time on the same database. Afterwards every application has
/// ended exactly once: one screening per round, one final decision, one letter, an intact audit chain, every
/// workflow complete and no outbox message left behind.
/// Replay a failure with RR_CRASH_SEED (printed first); RR_CRASH_KILLS raises the number of kills. Each provider's
/// harness is a test collection of its own, so the two run beside each other and beside the rest of the suite:
/// a kill during start-up is drawn as a fraction of the last start-up seen, so a busier machine moves the kill point
/// with it.
/// </summary>
[LongRunning(100)]
public abstract class CrashHarnessTests(string provider, ITestOutputHelper output)
{
    private const int MinimumKills = 20;
    private readonly List<string> _log = [];

    [SkippableFact]
    public async Task Killed_at_random_points_every_application_still_ends_exactly_once()
    {
        if (provider == "Postgres")
            TestDatabase.RequirePostgres();
        var seed = int.TryParse(Environment.GetEnvironmentVariable("RR_CRASH_SEED"), CultureInfo.InvariantCulture, out var s)
            ? s
            : Random.Shared.Next();
        var kills = Math.Max(
            MinimumKills,
            int.TryParse(Environment.GetEnvironmentVariable("RR_CRASH_KILLS"), CultureInfo.InvariantCulture, out var k) ? k : MinimumKills
        );
        Log($"{provider}: seed {seed} (replay with RR_CRASH_SEED={seed}), {kills} kills, app {BuiltApp.Dll}");
        var random = new Random(seed);
        using var database = TestDatabase.Create(provider);
        var port = FreePort.Next();
        var driver = new CrashDriver(seed.ToString(CultureInfo.InvariantCulture));
        var clock = Stopwatch.StartNew();
        var startUps = new List<TimeSpan>();
        var lastStartUp = TimeSpan.FromSeconds(3);

        for (var cycle = 1; cycle <= kills; cycle++)
        {
            var outcome = await CrashCycle.RunAsync(database, port, driver, KillPlan.Draw(random, cycle), lastStartUp);
            if (outcome.StartUp is { } up)
                startUps.Add(lastStartUp = up);
            Log(
                $"{outcome.Description}; {driver.Applications.Count(a => a.Done)}/{driver.Applications.Count} applications done, {driver.Writes} writes, {driver.WorkflowSteps} workflow steps seen"
            );
        }
        var killing = clock.Elapsed;
        // Without the app's line for each finished activity, a quarter of the kill points would quietly become others.
        Assert.True(driver.WorkflowSteps > 0, "no finished activity was logged in any cycle:\n" + Report());

        driver.CreateMore = false;
        await using (var app = AppProcess.Start(database, port))
        {
            Assert.True(
                await app.WaitUntilReadyAsync(CrashCycle.StartLimit, CancellationToken.None),
                "the app did not start after the last kill:\n" + app.OutputTail()
            );
            using var client = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            using (var finish = new CancellationTokenSource(TimeSpan.FromSeconds(120)))
                await driver.RunAsync(client, finish.Token);
            var unfinished = driver.Applications.Where(a => !a.Done).ToList();
            if (unfinished.Count > 0)
            {
                var stored = new List<string>();
                foreach (var a in unfinished.Where(a => a.Id is not null))
                    stored.Add(await StoredRows.DescribeAsync(database, a.Id!.Value));
                Assert.Fail(
                    $"never finished: {string.Join(", ", unfinished.Select(a => $"{a.Number} ({a.Path}, {a.Id})"))}\n"
                        + $"{string.Join("\n", stored)}\n{Report()}\n{app.OutputTail()}"
                );
            }
            Assert.True(driver.Problems.Count == 0, string.Join("\n", driver.Problems) + "\n" + Report());
            await CrashChecks.ThroughTheApiAsync(client, driver.Applications);
            await SettledWorkflows.WaitAsync(database, driver.Applications.Count, TimeSpan.FromSeconds(60));
        }

        await using (var audit = AppProcess.Start(database, port, args: ["verify-audit"]))
        {
            var exit = await audit.WaitForExitAsync(TimeSpan.FromSeconds(120));
            Assert.True(exit == 0, $"verify-audit exited {exit}:\n{audit.Output}");
        }
        CrashChecks.InTheTables(await StoredRows.ReadAsync(database), driver.Applications);

        Log(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{provider}: {kills} kills in {killing.TotalSeconds:F0} s, {clock.Elapsed.TotalSeconds:F0} s in all; {driver.Applications.Count} applications, {driver.Writes} writes; "
                    + $"start-up median {Median(startUps):F0} ms, max {startUps.DefaultIfEmpty().Max().TotalMilliseconds:F0} ms over {startUps.Count} starts"
            )
        );
    }

    private void Log(string line)
    {
        _log.Add(line);
        output.WriteLine(line);
    }

    private string Report() => string.Join("\n", _log);

    private static double Median(List<TimeSpan> values) =>
        values.Count == 0 ? 0 : values.Select(v => v.TotalMilliseconds).Order().ElementAt(values.Count / 2);
}

public sealed class CrashHarnessOnSqlite(ITestOutputHelper output) : CrashHarnessTests("Sqlite", output);

public sealed class CrashHarnessOnPostgres(ITestOutputHelper output) : CrashHarnessTests("Postgres", output);
