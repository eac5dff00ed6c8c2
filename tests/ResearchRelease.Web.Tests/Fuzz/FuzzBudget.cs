using System.Globalization;

namespace ResearchRelease.Web.Tests.Fuzz;

/// <summary>
/// How many cases each fuzz property runs. The defaults keep the whole fuzz suite to about a minute per database
/// on two cores; <c>RR_FUZZ_SCALE=10</c> runs ten times as many for a longer hunt (CsCheck prints the seed of a
/// failure; <c>CsCheck_Seed</c> replays it).
/// </summary>
public static class FuzzBudget
{
    private static readonly double Scale =
        double.TryParse(Environment.GetEnvironmentVariable("RR_FUZZ_SCALE"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s)
        && s > 0
            ? s
            : 1;

    public static long Iterations(int count) => Math.Max(1, (long)(count * Scale));
}
