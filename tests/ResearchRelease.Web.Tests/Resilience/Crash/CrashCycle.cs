using System.Globalization;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Resilience.Crash;

/// <summary>
/// One life of the app: start it on the run's database and port, drive the applications, and SIGKILL it at the
/// point the plan names. Returns a line for the log saying what happened.
/// </summary>
public static class CrashCycle
{
    /// <summary>A start-up slower than this is a failure even on a busy machine: something is stuck.</summary>
    public static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(120);

    public sealed record Outcome(string Description, TimeSpan? StartUp);

    public static async Task<Outcome> RunAsync(TestDatabase database, int port, CrashDriver driver, KillPlan plan, TimeSpan lastStartUp)
    {
        await using var app = AppProcess.Start(database, port);
        using var cycle = new CancellationTokenSource();
        var killed = 0;
        var diedAlone = false;
        var stuck = false;
        string? killedBy = null;
        // Kill first, cancel after: cancelling first would abort the request in flight from the client side,
        // and the app would see a polite abort instead of dying under it.
        async Task KillAsync(string by)
        {
            if (Interlocked.Exchange(ref killed, 1) == 0)
            {
                killedBy = by;
                diedAlone = app.HasExited;
                await app.KillAsync();
            }
            await cycle.CancelAsync();
        }

        var timers = new List<Task>();
        var steps = 0;
        var overdue = false;
        // The steps run inside the requests that start or signal them (and on timers): the app's own log line for each
        // finished activity, not the API, says when one has landed.
        app.ActivityDone = () =>
        {
            var seen = driver.CountWorkflowStep();
            var due = plan.Point == KillPoint.RightAfterWorkflowStep && Interlocked.Increment(ref steps) == plan.Request;
            if (due || Volatile.Read(ref overdue))
                _ = KillAsync($"workflow step {seen} logged{(due ? "" : " (fallback)")}");
        };
        if (plan.Point == KillPoint.DuringStartUp)
        {
            var at = lastStartUp * plan.StartUpFraction;
            timers.Add(KillAfterAsync(at, () => KillAsync($"timer at {at.TotalMilliseconds:F0} ms after launch"), cycle.Token));
        }

        var ready = await app.WaitUntilReadyAsync(StartLimit, cycle.Token);
        TimeSpan? startUp = ready ? app.Age : null;
        if (!ready && Volatile.Read(ref killed) == 0)
        {
            throw new Xunit.Sdk.XunitException(
                $"{plan}: the app {(app.HasExited ? "exited" : "did not become ready")} within {StartLimit.TotalSeconds:F0} s on the database the last kill left behind.\n{app.OutputTail()}"
            );
        }

        using var killSwitch = new KillSwitch(plan, () => KillAsync("kill switch"));
        using var client = new HttpClient(killSwitch, disposeHandler: false)
        {
            BaseAddress = app.BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        if (ready)
        {
            if (plan.Point == KillPoint.AfterDelay)
                timers.Add(
                    KillAfterAsync(
                        TimeSpan.FromMilliseconds(plan.DelayMs),
                        () => KillAsync($"timer {plan.DelayMs} ms after ready"),
                        cycle.Token
                    )
                );
            timers.Add(
                KillAfterAsync(
                    KillPlan.Fallback,
                    () =>
                    {
                        Volatile.Write(ref overdue, true);
                        killSwitch.AtNextWrite = true;
                        return Task.CompletedTask;
                    },
                    cycle.Token
                )
            );
            timers.Add(
                KillAfterAsync(
                    KillPlan.Stuck,
                    () =>
                    {
                        stuck = true;
                        return KillAsync("the stuck timer");
                    },
                    cycle.Token
                )
            );
            await driver.RunAsync(client, cycle.Token);
            // On a fast machine every application can be done before this cycle's kill point comes; waiting on would
            // only run into the stuck timer. The kill still lands on a live app.
            if (driver.Exhausted)
                await KillAsync("the driver, with nothing left to do");
        }
        app.ActivityDone = null;
        await Task.WhenAll(timers);
        if (stuck)
            throw new Xunit.Sdk.XunitException(
                $"{plan}: nothing was written and no workflow step was seen for {KillPlan.Stuck.TotalSeconds:F0} s.\n{app.OutputTail()}"
            );
        if (diedAlone)
            throw new Xunit.Sdk.XunitException($"{plan}: the app exited by itself before the kill.\n{app.OutputTail()}");

        var by = killSwitch.FiredAt is { } at2 ? $"kill switch {at2}" : killedBy;
        var started = startUp is { } s
            ? string.Create(CultureInfo.InvariantCulture, $"ready in {s.TotalMilliseconds:F0} ms")
            : "killed before ready";
        return new Outcome($"{plan}: {started}; killed by {by} at {app.Age.TotalMilliseconds:F0} ms", startUp);
    }

    private static async Task KillAfterAsync(TimeSpan delay, Func<Task> kill, CancellationToken ct)
    {
        try
        {
            await Task.Delay(delay, ct);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        await kill();
    }
}
