using ResearchRelease.Domain.Screening;
using static ResearchRelease.Domain.Screening.Outcomes;

namespace ResearchRelease.Domain.Tests.Screening;

/// <summary>
/// DfE's conditions (privacy notice): no measures or decisions about particular individuals; no individual
/// identified in any results. Breaking either makes the application ineligible whatever the limbs say.
/// </summary>
public class ConditionsTests
{
    private static readonly ClauseCase[] Table =
    [
        new("both conditions upheld", f => f, Met, Met),
        new("decisions about individuals", f => f.WithProject(p => p with { UsedForDecisionsAboutIndividuals = true }), NotMet, NotMet),
        new(
            "decisions not answered",
            f => f.WithProject(p => p with { UsedForDecisionsAboutIndividuals = null }),
            NeedsJudgement,
            NeedsJudgement
        ),
        new("outputs could identify", f => f.WithProject(p => p with { OutputsCouldIdentifyIndividuals = true }), NotMet, NotMet),
        new(
            "identification not answered",
            f => f.WithProject(p => p with { OutputsCouldIdentifyIndividuals = null }),
            NeedsJudgement,
            NeedsJudgement
        ),
        // Missing disclosure control is a gap in safe outputs (incomplete), not a breach of the conditions.
        new("no disclosure control", f => f.WithProject(p => p with { DisclosureControl = " " }), Met, Met),
        new(
            "a list of pupils as an output",
            f => f.WithProject(p => p with { IntendedOutputs = ["list of pupils for the tutoring programme"] }),
            NotMet,
            NotMet
        ),
        new(
            "a mailing list as an output",
            f => f.WithProject(p => p with { IntendedOutputs = ["report", "mailing list of families"] }),
            NotMet,
            NotMet
        ),
    ];

    public static TheoryData<string, string> Rows() => ClauseCase.Rows(Table);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Conditions(string row, string version)
    {
        var clause = Table.Single(c => c.Name == row);
        var result = clause.Change(TestForms.Eligible()).Screen(version);

        Assert.True(
            clause.Expected(version) == result.Conditions.Outcome,
            $"{row} under {version}: expected {clause.Expected(version)}, got {result.Conditions.Outcome}.\n{ExampleCasesTests.Describe(result)}"
        );
    }

    [Theory]
    [InlineData("2009")]
    [InlineData("2013")]
    public void A_breached_condition_makes_an_otherwise_eligible_application_ineligible(string version)
    {
        var result = TestForms.Eligible().WithProject(p => p with { UsedForDecisionsAboutIndividuals = true }).Screen(version);

        Assert.Equal(Met, result.Purpose.Outcome);
        Assert.Equal(Met, result.Necessity.Outcome);
        Assert.Equal(Ineligible, result.Overall);
        Assert.Contains("project.usedForDecisionsAboutIndividuals", result.Conditions.Evidence);
        Assert.Contains(result.Findings, f =>
            f.Part == ScreeningParts.Conditions
            && f.Severity == FindingSeverities.Blocks
            && f.Evidence.Contains("project.usedForDecisionsAboutIndividuals")
        );
    }
}
