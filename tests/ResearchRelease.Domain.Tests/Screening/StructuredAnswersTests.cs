using System.Text.Json;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Screening;
using static ResearchRelease.Domain.Screening.Outcomes;

namespace ResearchRelease.Domain.Tests.Screening;

/// <summary>
/// The structured questions the policy needs (processing in the UK, why the retention date, why no ethics approval),
/// and the results and applications stored before they existed.
/// </summary>
public class StructuredAnswersTests
{
    [Fact]
    public void Processing_declared_outside_the_UK_with_direct_transfer_does_not_meet_the_test()
    {
        var form = TestForms
            .Eligible()
            .WithSettings(s =>
                s with
                {
                    AccessRoute = "direct_transfer",
                    ProcessingInUk = false,
                    ProcessingLocation = "Our partner's servers",
                }
            );

        var result = form.Screen("2013");

        Assert.Equal(Ineligible, result.Overall);
        Assert.Contains(result.Findings, f => f.Rule == "direct_transfer_abroad" && f.Severity == FindingSeverities.Blocks);
    }

    [Fact]
    public void Processing_declared_in_the_UK_needs_no_country_name()
    {
        var result = TestForms.Eligible().WithSettings(s => s with { ProcessingInUk = true, ProcessingLocation = "Leeds" }).Screen("2009");

        Assert.Equal(Eligible, result.Overall);
    }

    [Fact]
    public void A_place_that_is_neither_plainly_the_UK_nor_abroad_asks_which_country()
    {
        var result = TestForms.Eligible().WithSettings(s => s with { ProcessingLocation = "Our own servers" }).Screen("2009");

        Assert.Equal(NeedsJudgement, result.Overall);
        Assert.Contains(result.Findings, f =>
            f.Rule == "processing_location_unclear" && f.Reason.Contains("which country", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void Processing_declared_outside_the_UK_without_naming_the_country_is_missing()
    {
        var result = TestForms.Eligible().WithSettings(s => s with { ProcessingInUk = false, ProcessingLocation = null }).Screen("2009");

        Assert.Equal(Incomplete, result.Completeness.Outcome);
        Assert.Contains("settings.processingLocation", result.Completeness.MissingPaths);
    }

    [Fact]
    public void An_application_stored_before_the_new_questions_still_screens()
    {
        // The shape stored before the new answers existed: no processingInUk, retentionReason or notRequiredReason.
        const string json = """
            {"settings":{"accessRoute":"ons_secure_research_service","securityCertifications":["iso27001"],"processingLocation":"UK",
             "retentionEnd":"2029-03-31","lawfulBasis":{"article6":"public_task"}},
             "project":{"ethics":{"status":"not_required"}}}
            """;
        var old = JsonSerializer.Deserialize<ApplicationForm>(json, SharedExamples.Json)!;
        var form = TestForms.Eligible() with
        {
            Settings = old.Settings,
            Project = TestForms.Eligible().Project! with { Ethics = old.Project!.Ethics },
        };

        var result = form.Screen("2013");

        // The missing reason for "not required" is missing evidence, not a crash and not a refusal.
        Assert.Equal(Incomplete, result.Overall);
        Assert.Contains(result.Findings, f => f.Rule == "ethics_not_required_reason" && f.Severity == FindingSeverities.Missing);
    }

    [Fact]
    public void A_result_stored_before_findings_and_policy_versions_still_reads()
    {
        const string stored = """
            {"ruleset":"2009","purpose":{"outcome":"met","reasons":["The activity is research (project.activity)."],"evidence":["project.activity"]},
             "necessity":{"outcome":"not_met","reasons":["Convenience only (necessity.whyAggregateIsNotEnough)."]},
             "conditions":{"outcome":"met","reasons":[]},
             "completeness":{"outcome":"complete","missing":[]},"dataItems":[],"considerations":[],"overall":"ineligible"}
            """;

        var result = JsonSerializer.Deserialize<ScreeningResult>(stored, SharedExamples.Json)!;

        Assert.Equal(string.Empty, result.PolicyVersion);
        Assert.Empty(result.Findings);
        Assert.Equal(["Necessity: Convenience only (necessity.whyAggregateIsNotEnough)."], ScreeningReasons.ForResearcher(result));
    }

    [Fact]
    public void A_returned_application_tells_the_researcher_what_blocks_and_what_is_missing()
    {
        var result = TestForms
            .Eligible()
            .WithSettings(s => s with { AccessRoute = "direct_transfer", SecurityCertifications = ["none"], RetentionEnd = null })
            .Screen("2013");

        var reasons = ScreeningReasons.ForResearcher(result);

        Assert.StartsWith("Safe settings: The data would be transferred to your organisation", reasons[0], StringComparison.Ordinal);
        Assert.Contains("Missing: The date by which the data will be destroyed.", reasons);
    }
}
