using System.Globalization;

namespace ResearchRelease.Web.Tests.Resilience.Crash;

/// <summary>
/// One cycle's kill, drawn from the run's seeded <see cref="Random"/>: the same seed draws the same plans in the
/// same order, so a failing run can be replayed (RR_CRASH_SEED). Timing inside the app still varies from run to run.
/// </summary>
public sealed record KillPlan(int Cycle, KillPoint Point, double StartUpFraction, int DelayMs, int Request)
{
    /// <summary>The longest a cycle runs after start-up when its trigger never comes (no write was due).</summary>
    public static readonly TimeSpan Fallback = TimeSpan.FromSeconds(4);

    public static KillPlan Draw(Random random, int cycle)
    {
        var roll = random.NextDouble();
        var point = roll switch
        {
            < 0.15 => KillPoint.DuringStartUp,
            < 0.40 => KillPoint.AfterDelay,
            < 0.70 => KillPoint.RightAfterResponse,
            _ => KillPoint.DuringRequest,
        };
        // Every field is drawn whatever the point, so one plan's kind never shifts the draws of the next.
        var fraction = random.NextDouble();
        var delay = random.Next(0, 1500);
        var request = random.Next(1, 5);
        var inRequest = random.Next(0, 20);
        return point switch
        {
            KillPoint.DuringStartUp => new KillPlan(cycle, point, fraction, 0, 0),
            KillPoint.AfterDelay => new KillPlan(cycle, point, 0, delay, 0),
            KillPoint.RightAfterResponse => new KillPlan(cycle, point, 0, 0, request),
            _ => new KillPlan(cycle, point, 0, inRequest, request),
        };
    }

    public override string ToString() => Point switch
    {
        KillPoint.DuringStartUp => string.Create(CultureInfo.InvariantCulture, $"cycle {Cycle}: kill during start-up at {StartUpFraction:P0} of the last start-up time"),
        KillPoint.AfterDelay => string.Create(CultureInfo.InvariantCulture, $"cycle {Cycle}: kill {DelayMs} ms after ready"),
        KillPoint.RightAfterResponse => string.Create(CultureInfo.InvariantCulture, $"cycle {Cycle}: kill right after the response to write #{Request}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"cycle {Cycle}: kill {DelayMs} ms into write #{Request}"),
    };
}
