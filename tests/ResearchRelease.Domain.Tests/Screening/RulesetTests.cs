using ResearchRelease.Domain.Screening;

namespace ResearchRelease.Domain.Tests.Screening;

/// <summary>The two wordings of SI 2009/1563 and the choice between them by a configured commencement date.</summary>
public class RulesetTests
{
    private static readonly DateOnly Commencement = new(2013, 6, 1);

    [Theory]
    [InlineData("2013-05-31", "2009")]
    [InlineData("2013-06-01", "2013")]
    [InlineData("2026-01-15", "2013")]
    [InlineData("2010-01-01", "2009")]
    public void The_wording_follows_the_configured_commencement(string submitted, string expected)
    {
        Assert.Equal(
            expected,
            RulesetSelector.For(DateOnly.Parse(submitted, System.Globalization.CultureInfo.InvariantCulture), Commencement).Version
        );
    }

    [Fact]
    public void The_commencement_date_is_not_fixed_in_the_engine()
    {
        var submitted = new DateOnly(2014, 1, 1);

        Assert.Equal("2009", RulesetSelector.For(submitted, new DateOnly(2015, 1, 1)).Version);
        Assert.Equal("2013", RulesetSelector.For(submitted, new DateOnly(2013, 1, 1)).Version);
    }

    [Fact]
    public void Each_wording_quotes_the_regulations()
    {
        Assert.Equal(
            "persons conducting research into the educational achievements of pupils and who require individual pupil information for that purpose",
            Ruleset.Wording2009.Wording
        );
        Assert.Contains(
            "for the purpose of promoting the education or well-being of children in England",
            Ruleset.Wording2013.Wording,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "conducting research or analysis, producing statistics, or providing information, advice or guidance",
            Ruleset.Wording2013.Wording,
            StringComparison.Ordinal
        );
        Assert.All(Ruleset.All, r => Assert.EndsWith(r.NecessityLimb, r.Wording, StringComparison.Ordinal));
    }

    [Fact]
    public void A_recorded_version_reads_back_as_its_ruleset()
    {
        Assert.Same(Ruleset.Wording2009, Ruleset.FromVersion("2009"));
        Assert.Same(Ruleset.Wording2013, Ruleset.FromVersion(" 2013 "));
        Assert.Throws<ArgumentException>(() => Ruleset.FromVersion("2020"));
    }
}
