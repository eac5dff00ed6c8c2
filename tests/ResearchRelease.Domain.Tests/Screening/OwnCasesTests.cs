using ResearchRelease.Domain.Catalogue;
using ResearchRelease.Domain.Screening;

namespace ResearchRelease.Domain.Tests.Screening;

/// <summary>
/// The team's own cases (varied wording, real-world framing, each screening policy principle at least twice),
/// with expectations written before the cases were first run: every one gets an accepted outcome and every stated
/// limb, under both wordings.
/// </summary>
public class OwnCasesTests
{
    public static TheoryData<string, string> CasesAndWordings()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in OwnCases.Cases)
        {
            foreach (var version in c.Expected.Keys)
            {
                data.Add(c.Id, version);
            }
        }

        return data;
    }

    [Fact]
    public void There_are_at_least_thirty_cases_each_under_both_wordings()
    {
        Assert.True(OwnCases.Cases.Count >= 30, $"{OwnCases.Cases.Count} cases.");
        Assert.All(OwnCases.Cases, c => Assert.Equal(["2009", "2013"], c.Expected.Keys.Order()));
    }

    [Theory]
    [MemberData(nameof(CasesAndWordings))]
    public void Own_case_gets_an_accepted_outcome(string id, string version)
    {
        var example = OwnCases.Case(id);
        var expected = example.Expected[version];
        var result = RegulationTest.Screen(
            example.Application,
            Ruleset.FromVersion(version),
            DataItemCatalogue.Default,
            ScreeningPolicy.Default,
            OwnCases.SubmittedOn
        );

        var detail = $"{id} ({example.Note})\n{ExampleCasesTests.Describe(result)}";
        Assert.True(
            expected.Overall.Contains(result.Overall),
            $"{id}/{version}: overall {result.Overall}, accepted {string.Join(" or ", expected.Overall)}.\n{detail}"
        );
        Check(expected.Purpose, result.Purpose, "purpose", detail);
        Check(expected.Necessity, result.Necessity, "necessity", detail);
        Check(expected.Conditions, result.Conditions, "conditions", detail);
    }

    private static void Check(string? expected, LimbResult actual, string limb, string detail)
    {
        if (expected is not null)
        {
            Assert.True(expected == actual.Outcome, $"{limb}: expected {expected}, got {actual.Outcome}.\n{detail}");
        }
    }
}
