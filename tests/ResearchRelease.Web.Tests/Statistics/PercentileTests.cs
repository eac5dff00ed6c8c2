using ResearchRelease.Web.Features.Statistics;

namespace ResearchRelease.Web.Tests.Statistics;

public sealed class PercentileTests
{
    [Fact]
    public void Percentiles_interpolate_between_closest_ranks_like_a_spreadsheet()
    {
        double[] days = [1, 2, 3, 4, 10];
        Assert.Equal(3, DecisionStatistics.Percentile(days, 0.5));
        Assert.Equal(7.6, DecisionStatistics.Percentile(days, 0.9)!.Value, 6);
        Assert.Null(DecisionStatistics.Percentile([], 0.5));
    }

    [Fact]
    public void Percentiles_from_counts_equal_those_of_the_values_written_out()
    {
        var random = new Random(15);
        for (var trial = 0; trial < 200; trial++)
        {
            var counts = Enumerable
                .Range(0, random.Next(1, 12))
                .Select(i => ((double)(i * 3 + random.Next(3)), random.Next(1, 9)))
                .ToList();
            var values = counts.SelectMany(c => Enumerable.Repeat(c.Item1, c.Item2)).ToList();
            foreach (var p in new[] { 0.5, 0.9 })
                Assert.Equal(DecisionStatistics.Percentile(values, p)!.Value, DecisionStatistics.PercentileOfCounts(counts, p)!.Value, 9);
        }
        Assert.Null(DecisionStatistics.PercentileOfCounts([], 0.5));
    }

    [Fact]
    public void The_refusal_reasons_sentence_agrees_with_the_refused_count_in_the_table()
    {
        static DecisionFigures With(int refused) =>
            new(
                [
                    new QuarterFigures(
                        20263,
                        new Dictionary<string, int> { [FactKinds.Received] = 3, [FactKinds.Refused] = refused },
                        null,
                        null,
                        0,
                        0
                    ),
                ],
                0,
                0,
                0,
                []
            );
        Assert.Equal("No applications have been refused.", IndexModel.NoReasonsWords(With(0)));
        var one = IndexModel.NoReasonsWords(With(1));
        Assert.StartsWith("1 application has been refused", one, StringComparison.Ordinal);
        Assert.DoesNotContain("No applications", one, StringComparison.Ordinal);
        Assert.StartsWith("2 applications have been refused", IndexModel.NoReasonsWords(With(2)), StringComparison.Ordinal);
    }
}
