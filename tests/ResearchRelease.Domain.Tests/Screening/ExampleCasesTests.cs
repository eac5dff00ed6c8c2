using ResearchRelease.Domain.Catalogue;
using ResearchRelease.Domain.Screening;

namespace ResearchRelease.Domain.Tests.Screening;

/// <summary>Every shared example, under both wordings, reaches an accepted outcome and every limb expectation given.</summary>
public class ExampleCasesTests
{
    public static TheoryData<string, string> CasesAndRulesets()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in SharedExamples.Cases)
        {
            foreach (var version in c.Expected.Keys)
            {
                data.Add(c.Id, version);
            }
        }

        return data;
    }

    [Fact]
    public void The_examples_are_found_and_cover_both_rulesets()
    {
        Assert.True(SharedExamples.Cases.Count >= 6, $"Expected at least 6 cases, found {SharedExamples.Cases.Count}.");
        Assert.All(SharedExamples.Cases, c => Assert.Equal(["2009", "2013"], c.Expected.Keys.Order()));
    }

    [Theory]
    [MemberData(nameof(CasesAndRulesets))]
    public void Case_gets_an_accepted_outcome(string id, string version)
    {
        var example = SharedExamples.Case(id);
        var expected = example.Expected[version];
        var result = RegulationTest.Screen(
            example.Application,
            Ruleset.FromVersion(version),
            DataItemCatalogue.Default,
            ScreeningPolicy.Default,
            SharedExamples.SubmittedOn
        );

        var detail = Describe(result);
        Assert.Equal(version, result.Ruleset);
        Assert.Equal(ScreeningPolicy.Default.Version, result.PolicyVersion);
        Assert.Equal(FindingSeverities.Overall(result.Findings), result.Overall);
        Assert.True(
            expected.Overall.Contains(result.Overall),
            $"{id}/{version}: overall {result.Overall}, accepted {string.Join(" or ", expected.Overall)}.\n{detail}"
        );
        AssertLimb(expected.Purpose, result.Purpose, "purpose", detail);
        AssertLimb(expected.Necessity, result.Necessity, "necessity", detail);
        AssertLimb(expected.Conditions, result.Conditions, "conditions", detail);
    }

    private static void AssertLimb(string? expected, LimbResult actual, string limb, string detail)
    {
        if (expected is not null)
        {
            Assert.True(expected == actual.Outcome, $"{limb}: expected {expected}, got {actual.Outcome}.\n{detail}");
        }
    }

    internal static string Describe(ScreeningResult r) =>
        $"""
            overall {r.Overall}; completeness {r.Completeness.Outcome}: {string.Join(" | ", r.Completeness.Missing)}
            findings: {string.Join("\n  ", r.Findings.Select(f => $"[{f.Part}/{f.Severity}/{f.Rule}] {f.Reason}"))}
            purpose {r.Purpose.Outcome}: {string.Join(" | ", r.Purpose.Reasons)}
            necessity {r.Necessity.Outcome}: {string.Join(" | ", r.Necessity.Reasons)}
            conditions {r.Conditions.Outcome}: {string.Join(" | ", r.Conditions.Reasons)}
            """;
}
