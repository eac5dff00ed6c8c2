using Microsoft.EntityFrameworkCore;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Features.Statistics;

/// <summary>
/// "How we decide", in numbers, from <see cref="DecisionFact"/>: counts per quarter grouped in SQL, and per quarter how
/// many decisions took each number of working days (grouped in SQL too), from which the median and 90th percentile are exact.
/// </summary>
public sealed class DecisionStatistics(AppDbContext db)
{
    public async Task<DecisionFigures> ComputeAsync(CancellationToken ct)
    {
        var counts = await db.DecisionFacts.AsNoTracking().Where(f => f.Kind != FactKinds.RefusalReason)
            .GroupBy(f => new { f.Quarter, f.Kind }).Select(g => new { g.Key.Quarter, g.Key.Kind, Count = g.Count() }).ToListAsync(ct);
        // Grouped in SQL (a few hundred rows however many decisions): the percentiles are exact from these counts.
        var days = await db.DecisionFacts.AsNoTracking().Where(f => f.Kind == FactKinds.Decided)
            .GroupBy(f => new { f.Quarter, f.WorkingDays, f.Agreed })
            .Select(g => new { g.Key.Quarter, g.Key.WorkingDays, g.Key.Agreed, Count = g.Count() }).ToListAsync(ct);
        var reasons = await db.DecisionFacts.AsNoTracking().Where(f => f.Kind == FactKinds.RefusalReason)
            .GroupBy(f => new { f.Part, f.Reason }).Select(g => new { g.Key.Part, g.Key.Reason, Count = g.Count() }).ToListAsync(ct);

        var quarters = counts.Select(c => c.Quarter).Distinct().Order().Select(q =>
        {
            var inQuarter = days.Where(d => d.Quarter == q).ToList();
            var sorted = inQuarter.Where(d => d.WorkingDays is not null)
                .SelectMany(d => Enumerable.Repeat((double)d.WorkingDays!.Value, d.Count)).Order().ToList();
            return new QuarterFigures(q, counts.Where(c => c.Quarter == q).ToDictionary(c => c.Kind, c => c.Count),
                Percentile(sorted, 0.5), Percentile(sorted, 0.9), inQuarter.Where(d => d.Agreed == true).Sum(d => d.Count),
                inQuarter.Where(d => d.Agreed == false).Sum(d => d.Count));
        }).ToList();
        // The most common reasons within each part of the test, at most five per part.
        var top = reasons.GroupBy(r => r.Part ?? "")
            .SelectMany(g => g.OrderByDescending(r => r.Count).ThenBy(r => r.Reason, StringComparer.Ordinal).Take(5))
            .Select(r => new RefusalReason(r.Part ?? "", r.Reason ?? "", r.Count))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Part, StringComparer.Ordinal).ToList();
        return new DecisionFigures(quarters, days.Where(d => d.Agreed == true).Sum(d => d.Count), days.Where(d => d.Agreed == false).Sum(d => d.Count),
            days.Where(d => d.Agreed == null).Sum(d => d.Count), top);
    }

    /// <summary>Linear interpolation between closest ranks (the spreadsheet PERCENTILE.INC), so anyone can check the figure.</summary>
    public static double? Percentile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0) return null;
        var rank = p * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + (rank - low) * (sorted[high] - sorted[low]);
    }
}
