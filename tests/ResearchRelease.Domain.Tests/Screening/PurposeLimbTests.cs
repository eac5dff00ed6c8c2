using ResearchRelease.Domain.Screening;
using static ResearchRelease.Domain.Screening.Outcomes;

namespace ResearchRelease.Domain.Tests.Screening;

/// <summary>
/// Limb 1, purpose. 2009: "persons conducting research into the educational achievements of pupils". 2013:
/// "for the purpose of promoting the education or well-being of children in England, ... conducting research or
/// analysis, producing statistics, or providing information, advice or guidance".
/// </summary>
public class PurposeLimbTests
{
    private static readonly ClauseCase[] Table =
    [
        // Element: the activity.
        new("research", f => f.WithProject(p => p with { Activity = "research" }), Met, Met),
        new("analysis", f => f.WithProject(p => p with { Activity = "analysis" }), Met, Met),
        new("producing statistics: named only in 2013", f => f.WithProject(p => p with { Activity = "statistics" }), NeedsJudgement, Met),
        new(
            "information, advice or guidance: named only in 2013",
            f => f.WithProject(p => p with { Activity = "information_advice_guidance" }),
            NeedsJudgement,
            Met
        ),
        new("activity other, not commercial", f => f.WithProject(p => p with { Activity = "other" }), NeedsJudgement, NeedsJudgement),
        new(
            "activity other, solely commercial",
            f => f.WithProject(p => p with { Activity = "other", SolelyCommercial = true }),
            NotMet,
            NotMet
        ),
        // Principle 2: the outputs' wording raises judgement; only the solely-commercial declaration fails the limb.
        new(
            "activity other, commercial output",
            f => f.WithProject(p => p with { Activity = "other", IntendedOutputs = ["a subscription product for schools"] }),
            NeedsJudgement,
            NeedsJudgement
        ),
        new("activity not on the form", f => f.WithProject(p => p with { Activity = "consultancy" }), NeedsJudgement, NeedsJudgement),
        // Element: the subject (2009 achievement; 2013 education or well-being).
        new(
            "health and well-being only",
            f =>
                f.WithProject(p =>
                        p with
                        {
                            SubjectFocus = ["health", "wellbeing"],
                            ResearchQuestions = [new() { Id = "RQ1", Text = "How has the prevalence of obesity at age 10-11 changed?" }],
                        }
                    )
                    .WithItems(TestForms.Item("pseudonymous_pupil_id", "Unit of analysis.", "RQ1")),
            NotMet,
            Met
        ),
        new(
            "social care only",
            f =>
                f.WithProject(p =>
                        p with
                        {
                            SubjectFocus = ["social_care"],
                            ResearchQuestions = [new() { Id = "RQ1", Text = "How many children move between placements each year?" }],
                        }
                    )
                    .WithItems(TestForms.Item("pseudonymous_pupil_id", "Unit of analysis.", "RQ1")),
            NotMet,
            Met
        ),
        new(
            "health focus with a question about attainment",
            f => f.WithProject(p => p with { SubjectFocus = ["health"] }),
            NeedsJudgement,
            Met
        ),
        new("attendance with a question about attainment", f => f.WithProject(p => p with { SubjectFocus = ["attendance"] }), Met, Met),
        new(
            "attendance with no question about achievement",
            f =>
                f.WithProject(p =>
                        p with
                        {
                            SubjectFocus = ["attendance"],
                            ResearchQuestions = [new() { Id = "RQ1", Text = "How has persistent absence changed since 2019?" }],
                        }
                    )
                    .WithItems(TestForms.Item("absence", "Sessions missed.", "RQ1")),
            NeedsJudgement,
            Met
        ),
        new(
            "subject other, no question about achievement",
            f =>
                f.WithProject(p =>
                        p with
                        {
                            SubjectFocus = ["other"],
                            ResearchQuestions = [new() { Id = "RQ1", Text = "How far do pupils travel to school?" }],
                        }
                    )
                    .WithItems(TestForms.Item("pseudonymous_pupil_id", "Unit of analysis.", "RQ1")),
            NeedsJudgement,
            NeedsJudgement
        ),
        // A missing public benefit is missing evidence (incomplete), not a judgement on the purpose.
        new("no public benefit", f => f.WithProject(p => p with { PublicBenefit = null }), Met, Met),
        // Not research at all: marketing, enforcement, case work, journalism. Free text raises judgement only
        // (principle 2); topic words are not intent (principle 3); negations are not statements.
        new(
            "marketing output",
            f => f.WithProject(p => p with { IntendedOutputs = ["marketing campaign"] }),
            NeedsJudgement,
            NeedsJudgement
        ),
        new(
            "advertising our service in the title",
            f => f.WithProject(p => p with { Title = "Advertising our tutoring to parents" }),
            NeedsJudgement,
            NeedsJudgement
        ),
        new(
            "advertising as the subject",
            f => f.WithProject(p => p with { Title = "Junk-food advertising and attainment at key stage 2" }),
            Met,
            Met
        ),
        new(
            "marketing mentioned only in a denial",
            f => f.WithProject(p => p with { LaySummary = "We will not use this for marketing." }),
            Met,
            Met
        ),
        new(
            "enforcement output",
            f => f.WithProject(p => p with { IntendedOutputs = ["evidence for the prosecution of parents"] }),
            NeedsJudgement,
            NeedsJudgement
        ),
        new(
            "case work output",
            f => f.WithProject(p => p with { IntendedOutputs = ["casework support for family workers"] }),
            NeedsJudgement,
            NeedsJudgement
        ),
        new(
            "identifying pupils in the title",
            f => f.WithProject(p => p with { Title = "Identifying pupils at risk of falling behind" }),
            NeedsJudgement,
            NeedsJudgement
        ),
        new(
            "journalism, nobody identifiable",
            f => f.WithProject(p => p with { IntendedOutputs = ["news story on the disadvantage gap"] }),
            NeedsJudgement,
            NeedsJudgement
        ),
        new(
            "journalism about identifiable people",
            f =>
                f.WithProject(p => p with { IntendedOutputs = ["news story on the disadvantage gap"] })
                    .WithNecessity(n => n with { LinkageNeeded = true, LinkageDescription = "Match to our survey by name." })
                    .AddItem(TestForms.Item("pupil_name", "To match survey responses.", "RQ1")),
            NeedsJudgement,
            NeedsJudgement
        ),
        new("media organisation", f => f with { Organisation = f.Organisation! with { Type = "media" } }, NeedsJudgement, NeedsJudgement),
        new(
            "peer-reviewed journal article is not journalism",
            f => f.WithProject(p => p with { IntendedOutputs = ["peer-reviewed journal article", "journal paper"] }),
            Met,
            Met
        ),
        // Shared: population in England (SI 2009/1563 reg. 1(2)); DfE's sharing principle on commercial gain.
        new(
            "population not in England",
            f => f.WithProject(p => p with { Population = p.Population! with { PupilsInEngland = false } }),
            NeedsJudgement,
            NeedsJudgement
        ),
        // Principle 8: a solely commercial purpose is ineligible.
        new("research, solely commercial", f => f.WithProject(p => p with { SolelyCommercial = true }), NotMet, NotMet),
    ];

    public static TheoryData<string, string> Rows() => ClauseCase.Rows(Table);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Purpose_limb(string row, string version)
    {
        var clause = Table.Single(c => c.Name == row);
        var result = clause.Change(TestForms.Eligible()).Screen(version);

        Assert.True(
            clause.Expected(version) == result.Purpose.Outcome,
            $"{row} under {version}: expected {clause.Expected(version)}, got {result.Purpose.Outcome}.\n{ExampleCasesTests.Describe(result)}"
        );
        Assert.NotEmpty(result.Purpose.Evidence);
    }

    [Fact]
    public void A_purpose_finding_quotes_the_answer_and_keeps_its_path_as_evidence()
    {
        var result = TestForms
            .Eligible()
            .WithProject(p => p with { IntendedOutputs = ["journal article", "marketing campaign"] })
            .Screen("2009");

        var reason = Assert.Single(result.Purpose.Reasons, r => r.Contains("marketing", StringComparison.Ordinal));
        Assert.Contains("Your intended output (\"marketing campaign\")", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("project.", reason, StringComparison.Ordinal);
        Assert.Contains("project.intendedOutputs[1]", result.Purpose.Evidence);
        Assert.Equal(Outcomes.NeedsJudgement, result.Overall);
    }

    [Fact]
    public void The_worst_reason_comes_first()
    {
        var result = TestForms.Eligible().WithProject(p => p with { IntendedOutputs = ["marketing campaign"] }).Screen("2013");

        Assert.Contains("marketing", result.Purpose.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Health_research_differs_between_the_wordings()
    {
        var form = SharedExamples.Copy(SharedExamples.Case("pub-05").Application);

        Assert.Equal(NotMet, form.Screen("2009").Purpose.Outcome);
        Assert.Equal(Met, form.Screen("2013").Purpose.Outcome);
        Assert.Contains(form.Screen("2009").Purpose.Reasons, r =>
            r.Contains("(as made in 2009) covers only research into the educational achievements", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void Codes_are_read_trimmed_and_case_insensitively()
    {
        var result = TestForms
            .Eligible()
            .WithProject(p => p with { Activity = " Research ", SubjectFocus = ["ATTAINMENT"] })
            .Screen("2009");

        Assert.Equal(Met, result.Purpose.Outcome);
    }
}
