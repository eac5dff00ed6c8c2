using static ResearchRelease.Domain.Screening.Outcomes;

namespace ResearchRelease.Domain.Tests.Screening;

/// <summary>
/// Limb 2, necessity, the same words in both wordings: "who require individual pupil information for that
/// purpose". Published or aggregate statistics must not be enough, and every item must be justified.
/// </summary>
public class NecessityLimbTests
{
    private static readonly ClauseCase[] Table =
    [
        new("a substantive reason", f => f, Met, Met),
        new(
            "convenience",
            f => f.WithNecessity(n => n with { WhyAggregateIsNotEnough = "It is more convenient to have the raw data." }),
            NotMet,
            NotMet
        ),
        new(
            "easier, and nothing more",
            f =>
                f.WithNecessity(n =>
                    n with
                    {
                        WhyAggregateIsNotEnough = "Record-level files are easier for our team to work with in our usual software.",
                    }
                ),
            NotMet,
            NotMet
        ),
        // Principle 2: a short answer that gives no reason is for a person to read, not a failure by word count.
        new(
            "no reason in a few words",
            f => f.WithNecessity(n => n with { WhyAggregateIsNotEnough = "Because we need it." }),
            NeedsJudgement,
            NeedsJudgement
        ),
        new(
            "a long answer that gives no reason",
            f =>
                f.WithNecessity(n =>
                    n with
                    {
                        WhyAggregateIsNotEnough =
                            "We have thought carefully about this question and believe this is the right approach for the work.",
                    }
                ),
            NeedsJudgement,
            NeedsJudgement
        ),
        new(
            "convenient, but also a real reason",
            f => f.WithNecessity(n => n with { WhyAggregateIsNotEnough = "It is easier, and we must follow the same pupils over time." }),
            Met,
            Met
        ),
        new(
            "a question published tables answer",
            f =>
                f.WithProject(p =>
                    p with
                    {
                        ResearchQuestions =
                        [
                            .. p.ResearchQuestions!,
                            new()
                            {
                                Id = "RQ3",
                                Text = "How do average Progress 8 scores differ between academies and maintained schools?",
                            },
                        ],
                    }
                ),
            NeedsJudgement,
            NeedsJudgement
        ),
        new(
            "linkage needed and described",
            f => f.WithNecessity(n => n with { LinkageNeeded = true, LinkageDescription = "Linked by DfE to higher education records." }),
            Met,
            Met
        ),
        new("linkage needed, not described", f => f.WithNecessity(n => n with { LinkageNeeded = true }), NeedsJudgement, NeedsJudgement),
        new("an item with no justification", f => f.AddItem(TestForms.Item("gender", null, "RQ1")), NotMet, NotMet),
        new("an item serving no question", f => f.AddItem(TestForms.Item("gender", "To compare boys and girls.")), NotMet, NotMet),
        // Principle 6: identifying items without a specific reason do not meet limb 2.
        new("an identifying item without linkage", f => f.AddItem(TestForms.Item("upn", "To check records.", "RQ1")), NotMet, NotMet),
        // Sensitivity is safe data, weighed apart from necessity.
        new(
            "a highly sensitive item",
            f => f.AddItem(TestForms.Item("looked_after", "Looked-after pupils are a key group.", "RQ1")),
            Met,
            Met
        ),
    ];

    public static TheoryData<string, string> Rows() => ClauseCase.Rows(Table);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Necessity_limb(string row, string version)
    {
        var clause = Table.Single(c => c.Name == row);
        var result = clause.Change(TestForms.Eligible()).Screen(version);

        Assert.True(
            clause.Expected(version) == result.Necessity.Outcome,
            $"{row} under {version}: expected {clause.Expected(version)}, got {result.Necessity.Outcome}.\n{ExampleCasesTests.Describe(result)}"
        );
        Assert.Contains("necessity.whyAggregateIsNotEnough", result.Necessity.Evidence);
    }

    [Fact]
    public void A_convenience_reason_is_quoted_back()
    {
        var result = TestForms
            .Eligible()
            .WithNecessity(n => n with { WhyAggregateIsNotEnough = "It is more convenient to have the raw data." })
            .Screen("2013");

        Assert.Equal(Ineligible, result.Overall);
        Assert.Contains(result.Necessity.Reasons, r =>
            r.Contains("\"It is more convenient to have the raw data.\"", StringComparison.Ordinal)
            && r.Contains("Why would published or aggregate statistics not answer your questions?", StringComparison.Ordinal)
        );
        Assert.Contains("necessity.whyAggregateIsNotEnough", result.Necessity.Evidence);
    }

    [Fact]
    public void Item_findings_are_named_in_the_limb()
    {
        var result = TestForms.Eligible().AddItem(TestForms.Item("gender", "To compare boys and girls.")).Screen("2009");

        Assert.Contains(
            "The data item \"Gender\" is not tied to any research question; every item must serve one of your research questions.",
            result.Necessity.Reasons
        );
    }
}
