using System.Text.Json.Nodes;
using ResearchRelease.Domain.Catalogue;
using ResearchRelease.Domain.Screening;
using static ResearchRelease.Domain.Screening.Outcomes;

namespace ResearchRelease.Domain.Tests.Screening;

/// <summary>
/// Thresholds are policy, not code (principle 9): one versioned file, validated when read, named by every result,
/// and a changed threshold changes the outcome without a code change.
/// </summary>
public class ScreeningPolicyTests
{
    private static readonly DateOnly Submitted = new(2026, 12, 1);

    private static ScreeningPolicy With(Action<JsonObject> change)
    {
        var file = JsonNode.Parse(ScreeningPolicyReader.EmbeddedText())!.AsObject();
        change(file);
        return ScreeningPolicyReader.Parse(file.ToJsonString());
    }

    private static ScreeningResult Screen(Domain.Applications.ApplicationForm form, ScreeningPolicy policy) =>
        RegulationTest.Screen(form, Ruleset.Wording2013, DataItemCatalogue.Default, policy, Submitted);

    [Fact]
    public void The_built_in_policy_is_valid_and_named_by_every_result()
    {
        var policy = ScreeningPolicy.Default;

        Assert.False(string.IsNullOrWhiteSpace(policy.Version));
        Assert.Equal(5, policy.RetentionLimitYears);
        Assert.Equal(policy.Version, Screen(TestForms.Eligible(), policy).PolicyVersion);
    }

    [Fact]
    public void A_new_version_is_recorded_in_the_result()
    {
        var policy = With(f => f["version"] = "2027.1");

        Assert.Equal("2027.1", Screen(TestForms.Eligible(), policy).PolicyVersion);
    }

    [Fact]
    public void The_retention_limit_is_policy()
    {
        var form = TestForms.Eligible().WithSettings(s => s with { RetentionEnd = "2034-12-31" });

        Assert.Equal(NeedsJudgement, Screen(form, ScreeningPolicy.Default).Overall);
        Assert.Equal(Eligible, Screen(form, With(f => f["retention"]!["limitYears"] = 10)).Overall);
    }

    [Fact]
    public void Pending_ethics_is_missing_or_judgement_as_the_policy_says()
    {
        var form = TestForms.Eligible().WithProject(p => p with { Ethics = p.Ethics! with { Status = "pending" } });

        Assert.Equal(Incomplete, Screen(form, ScreeningPolicy.Default).Overall);
        Assert.Equal(NeedsJudgement, Screen(form, With(f => f["ethics"]!["pendingSeverity"] = "needs_judgement")).Overall);
    }

    [Fact]
    public void Accepted_certifications_are_policy()
    {
        var form = TestForms
            .Eligible()
            .WithSettings(s => s with { AccessRoute = "direct_transfer", SecurityCertifications = ["cyber_essentials_plus"] });

        Assert.Equal(NeedsJudgement, Screen(form, ScreeningPolicy.Default).Overall);
        Assert.Equal(Ineligible, Screen(form, With(f => f["settings"]!["acceptedCertifications"] = new JsonArray("iso27001"))).Overall);
    }

    [Fact]
    public void Highly_sensitive_items_can_be_added_by_policy()
    {
        var form = TestForms.Eligible();

        var result = Screen(form, With(f => f["data"]!["highlySensitiveItems"]!.AsArray().Add("fsm_eligibility")));

        Assert.Equal(NeedsJudgement, result.Overall);
        Assert.Contains(result.Findings, f => f.Rule == "highly_sensitive" && f.Part == ScreeningParts.SafeData);
    }

    public static TheoryData<string, string> Invalid() =>
        new()
        {
            {
                "no version",
                """{"retention":{"limitYears":5},"settings":{"trustedRoutes":["ons_secure_research_service","other_trusted_research_environment"],"routesNeedingJudgement":["direct_transfer"],"acceptedCertifications":["iso27001"],"homeLocations":["uk"]},"data":{"specialCategoryItems":[],"highlySensitiveItems":[],"achievementItems":["ks2_results"]}}"""
            },
            {
                "a route in neither list",
                """{"version":"x","retention":{"limitYears":5},"settings":{"trustedRoutes":["ons_secure_research_service"],"routesNeedingJudgement":["direct_transfer"],"acceptedCertifications":["iso27001"],"homeLocations":["uk"]},"data":{"specialCategoryItems":[],"highlySensitiveItems":[],"achievementItems":["ks2_results"]}}"""
            },
            {
                "a certification the form does not offer",
                """{"version":"x","retention":{"limitYears":5},"settings":{"trustedRoutes":["ons_secure_research_service","other_trusted_research_environment"],"routesNeedingJudgement":["direct_transfer"],"acceptedCertifications":["soc2"],"homeLocations":["uk"]},"data":{"specialCategoryItems":[],"highlySensitiveItems":[],"achievementItems":["ks2_results"]}}"""
            },
            {
                "a zero retention limit",
                """{"version":"x","retention":{"limitYears":0},"settings":{"trustedRoutes":["ons_secure_research_service","other_trusted_research_environment"],"routesNeedingJudgement":["direct_transfer"],"acceptedCertifications":["iso27001"],"homeLocations":["uk"]},"data":{"specialCategoryItems":[],"highlySensitiveItems":[],"achievementItems":["ks2_results"]}}"""
            },
            { "an unknown setting", """{"version":"x","retentionYears":5}""" },
            { "not JSON", "version: 1" },
        };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void An_invalid_policy_file_is_refused_with_its_problems(string name, string json)
    {
        var e = Assert.Throws<FormatException>(() => ScreeningPolicyReader.Parse(json));
        Assert.StartsWith("The screening policy file", e.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(name));
    }
}
