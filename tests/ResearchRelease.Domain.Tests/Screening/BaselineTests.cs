using ResearchRelease.Domain.Screening;

namespace ResearchRelease.Domain.Tests.Screening;

/// <summary>The base form the clause tests start from must itself be eligible, or their changes prove nothing.</summary>
public class BaselineTests
{
    [Theory]
    [InlineData("2009")]
    [InlineData("2013")]
    public void The_test_form_is_eligible_with_every_limb_met(string version)
    {
        var result = TestForms.Eligible().Screen(version);

        Assert.Equal(Outcomes.Complete, result.Completeness.Outcome);
        Assert.Empty(result.Completeness.Missing);
        Assert.Equal(Outcomes.Met, result.Purpose.Outcome);
        Assert.Equal(Outcomes.Met, result.Necessity.Outcome);
        Assert.Equal(Outcomes.Met, result.Conditions.Outcome);
        Assert.Equal(Outcomes.Eligible, result.Overall);
        Assert.Empty(result.Considerations);
        Assert.Empty(result.Findings);
        Assert.Equal(ScreeningPolicy.Default.Version, result.PolicyVersion);
        Assert.All(result.DataItems, i => Assert.Empty(i.Findings));
    }

    [Fact]
    public void The_result_records_the_ruleset_it_applied()
    {
        Assert.Equal("2009", TestForms.Eligible().Screen(Ruleset.Wording2009).Ruleset);
        Assert.Equal("2013", TestForms.Eligible().Screen(Ruleset.Wording2013).Ruleset);
    }

    [Fact]
    public void Every_limb_cites_evidence_and_no_reason_shows_a_field_path()
    {
        var result = TestForms.Eligible().Screen("2013");

        foreach (var limb in new[] { result.Purpose, result.Necessity, result.Conditions })
        {
            Assert.NotEmpty(limb.Reasons);
            Assert.NotEmpty(limb.Evidence);
            Assert.All(limb.Reasons, r => Assert.DoesNotMatch(@"[a-z]+\.[a-z]+[A-Z]|\[\d+\]|[a-z]+_[a-z]+", r));
        }
    }
}
