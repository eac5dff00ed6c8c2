using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Screening;
using static ResearchRelease.Domain.Screening.Outcomes;

namespace ResearchRelease.Domain.Tests.Screening;

/// <summary>
/// Data minimisation, item by item (limb 2): each requested item justified by one of the application's research
/// questions; identifying items replaced by a pseudonymous identifier unless linkage needs them.
/// </summary>
public class DataMinimisationTests
{
    private static readonly (
        string Name,
        Func<ApplicationForm, ApplicationForm> Setup,
        RequestedDataItem Item,
        string Outcome,
        string? Finding,
        string Part
    )[] Table =
    [
        ("justified and tied to a question", f => f, TestForms.Item("gender", "To compare boys and girls.", "RQ1"), Met, null, Necessity),
        ("no justification", f => f, TestForms.Item("gender", null, "RQ1"), NotMet, "Has no justification", Necessity),
        ("blank justification", f => f, TestForms.Item("gender", "   ", "RQ1"), NotMet, "Has no justification", Necessity),
        (
            "boilerplate justification",
            f => f,
            TestForms.Item("gender", "Needed for the file.", "RQ1"),
            NotMet,
            "does not say why the item is needed",
            Necessity
        ),
        (
            "no research question",
            f => f,
            TestForms.Item("gender", "To compare boys and girls."),
            NotMet,
            "Is not tied to any research question",
            Necessity
        ),
        (
            "only an unknown research question",
            f => f,
            TestForms.Item("gender", "To compare boys and girls.", "RQ9"),
            NotMet,
            "Is tied only to \"RQ9\", which is not one of your research questions",
            Necessity
        ),
        (
            "also an unknown research question",
            f => f,
            TestForms.Item("gender", "To compare boys and girls.", "RQ1", "RQ9"),
            NeedsJudgement,
            "Is also tied to \"RQ9\"",
            Necessity
        ),
        (
            "question numbers match case-insensitively",
            f => f,
            TestForms.Item("gender", "To compare boys and girls.", " rq1 "),
            Met,
            null,
            Necessity
        ),
        (
            "identifying, no linkage, no specific reason",
            f => f,
            TestForms.Item("upn", "To check records.", "RQ1"),
            NotMet,
            "no specific reason is given",
            Necessity
        ),
        (
            "identifying, no linkage, a specific use",
            f => f,
            TestForms.Item("postcode", "To derive neighbourhood deprivation for RQ1.", "RQ1"),
            NeedsJudgement,
            "names a specific use",
            Necessity
        ),
        (
            "identifying, linkage through DfE described",
            f =>
                f.WithNecessity(n =>
                    n with
                    {
                        LinkageNeeded = true,
                        LinkageDescription = "DfE links to our trial records by pupil number.",
                    }
                ),
            TestForms.Item("upn", "Needed by DfE for the linkage.", "RQ1"),
            Met,
            "linkage key",
            SafeData
        ),
        (
            "identifying, linkage described, direct transfer",
            f =>
                f.WithNecessity(n => n with { LinkageNeeded = true, LinkageDescription = "We link to our trial records." })
                    .WithSettings(s => s with { AccessRoute = "direct_transfer" }),
            TestForms.Item("upn", "For linking to trial records.", "RQ1"),
            NeedsJudgement,
            "not through a trusted third party",
            SafeData
        ),
        (
            "highly sensitive",
            f => f,
            TestForms.Item("children_in_need", "Children in need are a key group.", "RQ1"),
            NeedsJudgement,
            "Is highly sensitive",
            SafeData
        ),
        (
            "exclusion reasons are highly sensitive",
            f => f,
            TestForms.Item("exclusion_reasons", "Reasons matter for RQ1.", "RQ1"),
            NeedsJudgement,
            "Is highly sensitive",
            SafeData
        ),
        (
            "sensitive, not special category",
            f => f,
            TestForms.Item("first_language", "English as an additional language.", "RQ1"),
            Met,
            null,
            Necessity
        ),
        (
            "special category, no Article 9 condition",
            f => f,
            TestForms.Item("ethnic_group", "Gaps by ethnicity.", "RQ1"),
            NeedsJudgement,
            "Article 9 (racial or ethnic origin)",
            SafeData
        ),
        (
            "special category with an Article 9 condition",
            f => f.WithSettings(s => s with { LawfulBasis = s.LawfulBasis! with { Article9 = "archiving_research_statistics" } }),
            TestForms.Item("ethnic_group", "Gaps by ethnicity.", "RQ1"),
            Met,
            null,
            Necessity
        ),
        (
            "not in the catalogue",
            f => f,
            TestForms.Item("shoe_size", "Curiosity about RQ1.", "RQ1"),
            NeedsJudgement,
            "Is not in the data item catalogue",
            Necessity
        ),
        (
            "retired",
            f => f,
            TestForms.Item("ks3_results", "Attainment at 14.", "RQ1"),
            NeedsJudgement,
            "Has been retired from the catalogue",
            Necessity
        ),
        (
            "requested twice",
            f => f,
            TestForms.Item("ks2_results", "Prior attainment again.", "RQ1"),
            NeedsJudgement,
            "Is requested more than once (also data item 3)",
            Necessity
        ),
    ];

    private const string Necessity = ScreeningParts.Necessity;
    private const string SafeData = ScreeningParts.SafeData;

    public static TheoryData<string> Rows() => [.. Table.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Rows))]
    public void Item_finding(string row)
    {
        var (_, setup, item, outcome, finding, part) = Table.Single(r => r.Name == row);
        var result = setup(TestForms.Eligible()).AddItem(item).Screen("2013");

        var screened = result.DataItems[^1];
        Assert.Equal(item.Item, screened.Item);
        Assert.True(
            outcome == screened.Outcome,
            $"{row}: expected {outcome}, got {screened.Outcome}: {string.Join(" | ", screened.Findings)}"
        );
        if (finding is null)
        {
            Assert.Empty(screened.Findings);
            Assert.Equal(Met, result.Necessity.Outcome);
            return;
        }

        Assert.Contains(screened.Findings, f => f.Contains(finding, StringComparison.Ordinal));
        var path = $"dataItems[{result.DataItems.Count - 1}]";
        Assert.Contains(result.Findings, f => f.Part == part && f.Evidence.Any(e => e.StartsWith(path, StringComparison.Ordinal)));

        // A minimisation finding carries into limb 2 (the rest of the form meets it); a safe data finding does not.
        Assert.Equal(part == Necessity ? outcome : Met, result.Necessity.Outcome);
    }

    [Fact]
    public void Every_requested_item_is_screened_in_order_with_its_catalogue_name_and_tier()
    {
        var result = TestForms.Eligible().Screen("2009");

        Assert.Equal(
            ["pseudonymous_pupil_id", "fsm_eligibility", "ks2_results", "ks4_results", "school_type"],
            result.DataItems.Select(i => i.Item)
        );
        Assert.Equal("Free school meals eligibility", result.DataItems[1].Name);
        Assert.Equal("Sensitive", result.DataItems[1].Tier);
    }

    [Fact]
    public void Findings_cite_the_item_answer_they_rest_on()
    {
        var result = TestForms.Eligible().AddItem(TestForms.Item("gender", null, "RQ1")).Screen("2009");

        Assert.Equal(["Has no justification; say what it is for in your research."], result.DataItems[5].Findings);
        Assert.Contains(result.Findings, f =>
            f.Evidence.Contains("dataItems[5].justification")
            && f.Reason.StartsWith("The data item \"Gender\" has no justification", StringComparison.Ordinal)
        );
    }
}
