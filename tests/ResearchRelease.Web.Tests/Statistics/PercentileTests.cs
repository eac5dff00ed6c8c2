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
}
