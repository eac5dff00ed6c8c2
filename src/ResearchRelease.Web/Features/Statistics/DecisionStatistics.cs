using Microsoft.EntityFrameworkCore;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Features.Statistics;

/// <summary>
/// "How we decide", in numbers, from the counters of <see cref="DecisionTally"/>: per quarter the counts, the agreement
/// with the screening and how many decisions took each number of working days (from which the median and 90th
/// percentile are exact), and the refusal reasons. A few hundred rows however many decisions, read whole and added here.
/// </summary>
public sealed class DecisionStatistics(AppDbContext db)
{
    public async Task<DecisionFigures> ComputeAsync(CancellationToken ct)
    {
        var tallies = await db.DecisionTallies.AsNoTracking().ToListAsync(ct);
        int Sum(int quarter, string measure) => tallies.Where(t => t.Quarter == quarter && t.Measure == measure).Sum(t => t.Count);
        int Total(string measure) => tallies.Where(t => t.Measure == measure).Sum(t => t.Count);

        var quarters = tallies
            .Where(t => FactKinds.Counted.Contains(t.Measure))
            .Select(t => t.Quarter)
            .Distinct()
            .Order()
            .Select(q =>
            {
                var days = tallies
                    .Where(t => t.Quarter == q && t.Measure == TallyMeasures.WorkingDays)
                    .Select(t => ((double)t.WorkingDays, t.Count))
                    .Order()
                    .ToList();
                return new QuarterFigures(
                    q,
                    FactKinds.Counted.Where(k => Sum(q, k) > 0).ToDictionary(k => k, k => Sum(q, k)),
                    PercentileOfCounts(days, 0.5),
                    PercentileOfCounts(days, 0.9),
                    Sum(q, TallyMeasures.Agreed),
                    Sum(q, TallyMeasures.Differed)
                );
            })
            .ToList();
        // The most common reasons within each part of the test, at most five per part.
        var top = tallies
            .Where(t => t.Measure == TallyMeasures.RefusalReason)
            .GroupBy(t => (t.Part, t.Reason))
            .Select(g => new RefusalReason(g.Key.Part, g.Key.Reason, g.Sum(t => t.Count)))
            .GroupBy(r => r.Part)
            .SelectMany(g => g.OrderByDescending(r => r.Count).ThenBy(r => r.Reason, StringComparer.Ordinal).Take(5))
            .OrderByDescending(r => r.Count)
            .ThenBy(r => r.Part, StringComparer.Ordinal)
            .ToList();
        return new DecisionFigures(
            quarters,
            Total(TallyMeasures.Agreed),
            Total(TallyMeasures.Differed),
            Total(TallyMeasures.NeitherWay),
            top
        );
    }

    /// <summary>Linear interpolation between closest ranks (the spreadsheet PERCENTILE.INC), so anyone can check the figure.</summary>
    public static double? Percentile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0)
            return null;
        var rank = p * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + (rank - low) * (sorted[high] - sorted[low]);
    }

    /// <summary>
    /// The same percentile from a histogram: each value in ascending order with how many times it occurs, as if the values
    /// were written out one by one.
    /// </summary>
    public static double? PercentileOfCounts(IReadOnlyList<(double Value, int Count)> histogram, double p)
    {
        var n = histogram.Sum(h => h.Count);
        if (n == 0)
            return null;
        var rank = p * (n - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, n - 1);
        double At(int index)
        {
            foreach (var (value, count) in histogram)
            {
                if (index < count)
                    return value;
                index -= count;
            }
            throw new ArgumentOutOfRangeException(nameof(index));
        }
        return At(low) + (rank - low) * (At(high) - At(low));
    }
}
