using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Catalogue;
using ResearchRelease.Domain.Screening;
using static ResearchRelease.Domain.Screening.Outcomes;

namespace ResearchRelease.Domain.Tests.Screening;

/// <summary>
/// Completeness: missing evidence returns the application to the researcher before any judgement, so the
/// overall outcome is "incomplete" whatever the limbs say.
/// </summary>
public class CompletenessTests
{
    public static readonly (string Path, Func<ApplicationForm, ApplicationForm> Remove)[] Removals =
    [
        ("applicant.name", f => f with { Applicant = null }),
        ("applicant.email", f => f with { Applicant = f.Applicant! with { Email = "" } }),
        ("organisation.type", f => f with { Organisation = f.Organisation! with { Type = null } }),
        ("organisation.icoRegistration", f => f with { Organisation = f.Organisation! with { IcoRegistration = " " } }),
        ("namedUsers", f => f with { NamedUsers = [] }),
        ("namedUsers[0].name", f => f with { NamedUsers = [new() { Name = null }] }),
        ("project.title", f => f.WithProject(p => p with { Title = null })),
        ("project.laySummary", f => f.WithProject(p => p with { LaySummary = null })),
        ("project.researchQuestions", f => f.WithProject(p => p with { ResearchQuestions = null })),
        ("project.researchQuestions[1].id", f =>
            f.WithProject(p => p with { ResearchQuestions = [p.ResearchQuestions![0], p.ResearchQuestions[1] with { Id = "rq1" }] })
        ),
        ("project.researchQuestions[0].text", f =>
            f.WithProject(p => p with { ResearchQuestions = [p.ResearchQuestions![0] with { Text = "" }, p.ResearchQuestions[1]] })
        ),
        ("project.activity", f => f.WithProject(p => p with { Activity = null })),
        ("project.subjectFocus", f => f.WithProject(p => p with { SubjectFocus = [] })),
        ("project.population.pupilsInEngland", f => f.WithProject(p => p with { Population = null })),
        ("project.population.academicYears", f => f.WithProject(p => p with { Population = p.Population! with { AcademicYears = [] } })),
        ("project.intendedOutputs", f => f.WithProject(p => p with { IntendedOutputs = [" "] })),
        ("project.publicBenefit", f => f.WithProject(p => p with { PublicBenefit = null })),
        ("project.ethics.status", f => f.WithProject(p => p with { Ethics = null })),
        ("project.ethics.reference", f => f.WithProject(p => p with { Ethics = p.Ethics! with { Reference = null } })),
        ("project.ethics.body", f => f.WithProject(p => p with { Ethics = new() { Status = "pending" } })),
        ("project.usedForDecisionsAboutIndividuals", f => f.WithProject(p => p with { UsedForDecisionsAboutIndividuals = null })),
        ("project.outputsCouldIdentifyIndividuals", f => f.WithProject(p => p with { OutputsCouldIdentifyIndividuals = null })),
        ("project.disclosureControl", f => f.WithProject(p => p with { DisclosureControl = null })),
        ("necessity.whyAggregateIsNotEnough", f => f with { Necessity = null }),
        ("necessity.linkageNeeded", f => f.WithNecessity(n => n with { LinkageNeeded = null })),
        ("necessity.linkageDescription", f => f.WithNecessity(n => n with { LinkageNeeded = true })),
        ("dataItems", f => f with { DataItems = null }),
        ("dataItems[0].item", f => f.WithItems(TestForms.Item(" ", "To follow pupils.", "RQ1"))),
        ("settings.accessRoute", f => f with { Settings = null }),
        ("settings.securityCertifications", f => f.WithSettings(s => s with { SecurityCertifications = [] })),
        ("settings.processingLocation", f => f.WithSettings(s => s with { ProcessingLocation = null })),
        ("settings.retentionEnd", f => f.WithSettings(s => s with { RetentionEnd = null })),
        ("settings.retentionEnd", f => f.WithSettings(s => s with { RetentionEnd = "31/03/2029" })),
        ("settings.lawfulBasis.article6", f => f.WithSettings(s => s with { LawfulBasis = null })),
    ];

    public static TheoryData<int> RemovalRows() => [.. Enumerable.Range(0, Removals.Length)];

    [Theory]
    [MemberData(nameof(RemovalRows))]
    public void A_missing_answer_makes_the_application_incomplete(int row)
    {
        var (path, remove) = Removals[row];
        foreach (var ruleset in Ruleset.All)
        {
            var result = remove(TestForms.Eligible()).Screen(ruleset);

            Assert.Equal(Incomplete, result.Completeness.Outcome);

            // Incomplete, unless the gap also makes something fail (items tied to questions no longer there).
            Assert.Contains(result.Overall, new[] { Incomplete, Ineligible });
            Assert.True(
                result.Completeness.MissingPaths.Contains(path),
                $"{path} not among {string.Join(", ", result.Completeness.MissingPaths)}"
            );
            Assert.DoesNotContain(result.Completeness.Missing, m => m.Contains(path, StringComparison.Ordinal));
            Assert.Contains(result.Findings, f => f.Severity == FindingSeverities.Missing && f.Evidence.Contains(path));
        }
    }

    [Fact]
    public void Security_arrangements_of_none_are_an_answer()
    {
        var result = TestForms.Eligible().WithSettings(s => s with { SecurityCertifications = ["none"] }).Screen("2013");

        Assert.Equal(Complete, result.Completeness.Outcome);
    }

    [Fact]
    public void A_blocking_finding_comes_before_missing_evidence()
    {
        // Principle 1: any blocking finding makes the application ineligible; missing evidence only otherwise.
        var result = TestForms
            .Eligible()
            .WithProject(p => p with { UsedForDecisionsAboutIndividuals = true })
            .WithSettings(s => s with { RetentionEnd = null })
            .Screen("2009");

        Assert.Equal(NotMet, result.Conditions.Outcome);
        Assert.Equal(Incomplete, result.Completeness.Outcome);
        Assert.Equal(Ineligible, result.Overall);
    }

    [Fact]
    public void An_empty_draft_is_incomplete_and_lists_each_missing_section()
    {
        var result = RegulationTest.Screen(new ApplicationForm(), Ruleset.Wording2013, DataItemCatalogue.Default);

        Assert.Equal(Incomplete, result.Overall);
        Assert.Equal(result.Completeness.Missing.Count, result.Completeness.MissingPaths.Count);
        foreach (
            var path in new[]
            {
                "namedUsers",
                "project.researchQuestions",
                "settings.securityCertifications",
                "settings.retentionEnd",
                "project.ethics.status",
                "dataItems",
                "settings.lawfulBasis.article6",
                "necessity.whyAggregateIsNotEnough",
                "settings.accessRoute",
            }
        )
        {
            Assert.Contains(path, result.Completeness.MissingPaths);
        }
    }

    [Fact]
    public void The_retention_date_must_fall_after_the_screening_date_when_one_is_given()
    {
        var form = TestForms.Eligible().WithSettings(s => s with { RetentionEnd = "2026-05-01" });

        var before = RegulationTest.Screen(form, Ruleset.Wording2013, DataItemCatalogue.Default, new DateOnly(2026, 4, 30));
        var after = RegulationTest.Screen(form, Ruleset.Wording2013, DataItemCatalogue.Default, new DateOnly(2026, 5, 1));

        Assert.Equal(Eligible, before.Overall);
        Assert.Equal(Incomplete, after.Overall);
        Assert.Equal(["A destruction date after 1 May 2026."], after.Completeness.Missing);
        Assert.Equal(["settings.retentionEnd"], after.Completeness.MissingPaths);
    }
}
