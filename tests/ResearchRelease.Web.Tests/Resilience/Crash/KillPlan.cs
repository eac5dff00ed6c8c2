using System.Globalization;

namespace ResearchRelease.Web.Tests.Resilience.Crash;

/// <summary>
/// One cycle's kill, drawn from the run's seeded <see cref="Random"/>: the same seed draws the same plans in the
/// same order, so a failing run can be replayed (RR_CRASH_SEED). Timing inside the app still varies from run to run.
/// </summary>
public sealed record KillPlan(int Cycle, KillPoint Point, double StartUpFraction, int DelayMs, int Request)
{
    /// <summary>
    /// When the cycle's own trigger has not come this long after start-up, the kill comes right after the next
    /// thing that happens instead (a write, or a workflow step), so that every cycle moves the work on.
    /// </summary>
    public static readonly TimeSpan Fallback = TimeSpan.FromSeconds(3);

    /// <summary>A cycle in which nothing at all happens for this long means the work is stuck.</summary>
    public static readonly TimeSpan Stuck = TimeSpan.FromSeconds(90);

    public static KillPlan Draw(Random random, int cycle)
    {
        var roll = random.NextDouble();
        var point = roll switch
        {
            < 0.10 => KillPoint.DuringStartUp,
            < 0.30 => KillPoint.AfterDelay,
            < 0.55 => KillPoint.RightAfterResponse,
            < 0.75 => KillPoint.DuringRequest,
            _ => KillPoint.RightAfterWorkflowStep,
        };
        // Every field is drawn whatever the point, so one plan's kind never shifts the draws of the next.
        var fraction = random.NextDouble();
        var delay = random.Next(0, 1500);
        var request = random.Next(1, 4);
        var inRequest = random.Next(0, 20);
        return point switch
        {
            KillPoint.DuringStartUp => new KillPlan(cycle, point, fraction, 0, 0),
            KillPoint.AfterDelay => new KillPlan(cycle, point, 0, delay, 0),
            KillPoint.RightAfterResponse or KillPoint.RightAfterWorkflowStep => new KillPlan(cycle, point, 0, 0, request),
            _ => new KillPlan(cycle, point, 0, inRequest, request),
        };
    }

    public override string ToString() =>
        Point switch
        {
            KillPoint.DuringStartUp => string.Create(
                CultureInfo.InvariantCulture,
                $"cycle {Cycle}: kill during start-up at {StartUpFraction:P0} of the last start-up time"
            ),
            KillPoint.AfterDelay => string.Create(CultureInfo.InvariantCulture, $"cycle {Cycle}: kill {DelayMs} ms after ready"),
            KillPoint.RightAfterResponse => string.Create(
                CultureInfo.InvariantCulture,
                $"cycle {Cycle}: kill right after the response to write #{Request}"
            ),
            KillPoint.RightAfterWorkflowStep => string.Create(
                CultureInfo.InvariantCulture,
                $"cycle {Cycle}: kill right after workflow step #{Request} is seen"
            ),
            _ => string.Create(CultureInfo.InvariantCulture, $"cycle {Cycle}: kill {DelayMs} ms into write #{Request}"),
        };
}
