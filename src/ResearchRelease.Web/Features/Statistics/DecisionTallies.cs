using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Features.Statistics;

/// <summary>
/// Sums <see cref="DecisionFact"/>s into the counters of <c>decision_tallies</c>, and adds them to the table. The store
/// adds an append's counters in the append's transaction; the rebuild after a migration sums every application's.
/// </summary>
public sealed class DecisionTallies
{
    private const string Key = "quarter, measure, working_days, part, reason_key";
    private readonly Dictionary<(int, string, int, string, string), DecisionTally> _sums = [];

    public static IReadOnlyList<DecisionTally> From(IEnumerable<DecisionFact> facts) => new DecisionTallies().Add(facts).InKeyOrder();

    public DecisionTallies Add(IEnumerable<DecisionFact> facts)
    {
        foreach (var f in facts)
        {
            if (f.Kind == FactKinds.RefusalReason)
            {
                Count(f.Quarter, TallyMeasures.RefusalReason, part: f.Part ?? "", reason: f.Reason ?? "");
                continue;
            }
            Count(f.Quarter, f.Kind);
            if (f.Kind != FactKinds.Decided)
                continue;
            Count(
                f.Quarter,
                f.Agreed switch
                {
                    true => TallyMeasures.Agreed,
                    false => TallyMeasures.Differed,
                    null => TallyMeasures.NeitherWay,
                }
            );
            if (f.WorkingDays is { } days)
                Count(f.Quarter, TallyMeasures.WorkingDays, days);
        }
        return this;
    }

    /// <summary>
    /// One counter per key (an upsert may not touch a row twice), in key order: two appends adding to the same counters
    /// lock their rows in the same order, so PostgreSQL never has to break a deadlock between them.
    /// </summary>
    public IReadOnlyList<DecisionTally> InKeyOrder() =>
        _sums
            .OrderBy(s => s.Key.Item1)
            .ThenBy(s => s.Key.Item2, StringComparer.Ordinal)
            .ThenBy(s => s.Key.Item3)
            .ThenBy(s => s.Key.Item4, StringComparer.Ordinal)
            .ThenBy(s => s.Key.Item5, StringComparer.Ordinal)
            .Select(s => s.Value)
            .ToList();

    private void Count(int quarter, string measure, int days = 0, string part = "", string reason = "")
    {
        var reasonKey =
            measure == TallyMeasures.RefusalReason ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(reason))) : "";
        var key = (quarter, measure, days, part, reasonKey);
        if (!_sums.TryGetValue(key, out var tally))
        {
            tally = new DecisionTally
            {
                Quarter = quarter,
                Measure = measure,
                WorkingDays = days,
                Part = part,
                ReasonKey = reasonKey,
                Reason = reason,
            };
            _sums[key] = tally;
        }
        tally.Count++;
    }

    /// <summary>
    /// Adds to the counters in the caller's transaction. Plain SQL, because two appends may add to the same counter at
    /// once: the database adds (an upsert on the key), where reading, adding and writing back would lose one of them.
    /// </summary>
    public static async Task AddToAsync(AppDbContext db, IReadOnlyList<DecisionTally> tallies, CancellationToken ct)
    {
        if (tallies.Count == 0)
            return;
        var sql = new StringBuilder("INSERT INTO decision_tallies (" + Key + ", reason, count) VALUES ");
        var values = new List<object>();
        foreach (var t in tallies)
        {
            var n = values.Count;
            var placeholders = Enumerable.Range(n, 7).Select(i => "{" + i.ToString(CultureInfo.InvariantCulture) + "}");
            sql.Append(n == 0 ? "" : ", ").Append('(').AppendJoin(", ", placeholders).Append(')');
            values.AddRange([t.Quarter, t.Measure, t.WorkingDays, t.Part, t.ReasonKey, t.Reason, t.Count]);
        }
        sql.Append(" ON CONFLICT (" + Key + ") DO UPDATE SET count = decision_tallies.count + excluded.count");
        await db.Database.ExecuteSqlRawAsync(sql.ToString(), values, ct);
    }

    /// <summary>Replaces every counter (the rebuild from the events, run at start before any request is served).</summary>
    public static async Task ReplaceAsync(AppDbContext db, IReadOnlyList<DecisionTally> tallies, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.DecisionTallies.ExecuteDeleteAsync(ct);
        db.DecisionTallies.AddRange(tallies);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }
}
