using ResearchRelease.Domain.Applications;
using static ResearchRelease.Domain.Screening.Outcomes;

namespace ResearchRelease.Domain.Tests.Screening;

/// <summary>
/// Data minimisation, item by item (limb 2): each requested item justified by one of the application's research
/// questions; identifying items replaced by a pseudonymous identifier unless linkage needs them.
/// </summary>
public class DataMinimisationTests
{
    private static readonly (string Name, Func<ApplicationForm, ApplicationForm> Setup, RequestedDataItem Item, string Outcome, string? Finding)[] Table =
    [
        ("justified and tied to a question", f => f, TestForms.Item("gender", "To compare boys and girls.", "RQ1"), Met, null),
        ("no justification", f => f, TestForms.Item("gender", null, "RQ1"), NotMet, "No justification is given"),
        ("blank justification", f => f, TestForms.Item("gender", "   ", "RQ1"), NotMet, "No justification is given"),
        ("boilerplate justification", f => f, TestForms.Item("gender", "Needed for the file.", "RQ1"), NotMet, "does not say why the item is needed"),
        ("no research question", f => f, TestForms.Item("gender", "To compare boys and girls."), NotMet, "Not tied to any research question"),
        ("only an unknown research question", f => f, TestForms.Item("gender", "To compare boys and girls.", "RQ9"), NotMet, "Tied only to RQ9, which is not one of the application's research questions"),
        ("also an unknown research question", f => f, TestForms.Item("gender", "To compare boys and girls.", "RQ1", "RQ9"), NeedsJudgement, "Also tied to RQ9"),
        ("question numbers match case-insensitively", f => f, TestForms.Item("gender", "To compare boys and girls.", " rq1 "), Met, null),
        ("identifying, no linkage", f => f, TestForms.Item("upn", "To check records.", "RQ1"), NeedsJudgement, "a pseudonymous pupil identifier would usually serve"),
        ("identifying, linkage described",
            f => f.WithNecessity(n => n with { LinkageNeeded = true, LinkageDescription = "DfE links to our trial records by pupil number." }),
            TestForms.Item("upn", "Needed by DfE for the linkage.", "RQ1"), Met, null),
        ("identifying, linkage described, direct transfer",
            f => f.WithNecessity(n => n with { LinkageNeeded = true, LinkageDescription = "We link to our trial records." })
                  .WithSettings(s => s with { AccessRoute = "direct_transfer" }),
            TestForms.Item("upn", "For linking to trial records.", "RQ1"), NeedsJudgement, "transferred to the applicant"),
        ("highly sensitive", f => f, TestForms.Item("children_in_need", "Children in need are a key group.", "RQ1"), NeedsJudgement, "Highly sensitive"),
        ("exclusion reasons are highly sensitive", f => f, TestForms.Item("exclusion_reasons", "Reasons matter for RQ1.", "RQ1"), NeedsJudgement, "Highly sensitive"),
        ("sensitive, not special category", f => f, TestForms.Item("first_language", "English as an additional language.", "RQ1"), Met, null),
        ("special category, no Article 9 condition", f => f, TestForms.Item("ethnic_group", "Gaps by ethnicity.", "RQ1"), NeedsJudgement, "Article 9 (racial or ethnic origin)"),
        ("special category with an Article 9 condition",
            f => f.WithSettings(s => s with { LawfulBasis = s.LawfulBasis! with { Article9 = "archiving_research_statistics" } }),
            TestForms.Item("ethnic_group", "Gaps by ethnicity.", "RQ1"), Met, null),
        ("not in the catalogue", f => f, TestForms.Item("shoe_size", "Curiosity about RQ1.", "RQ1"), NeedsJudgement, "Not in the data item catalogue"),
        ("retired", f => f, TestForms.Item("ks3_results", "Attainment at 14.", "RQ1"), NeedsJudgement, "Retired from the catalogue"),
        ("requested twice", f => f, TestForms.Item("ks2_results", "Prior attainment again.", "RQ1"), NeedsJudgement, "Requested more than once (also data item 3)"),
    ];

    public static TheoryData<string> Rows() => [.. Table.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Rows))]
    public void Item_finding(string row)
    {
        var (_, setup, item, outcome, finding) = Table.Single(r => r.Name == row);
        var result = setup(TestForms.Eligible()).AddItem(item).Screen("2013");

        var screened = result.DataItems[^1];
        Assert.Equal(item.Item, screened.Item);
        Assert.True(outcome == screened.Outcome, $"{row}: expected {outcome}, got {screened.Outcome}: {string.Join(" | ", screened.Findings)}");
        if (finding is null)
        {
            Assert.Empty(screened.Findings);
        }
        else
        {
            Assert.Contains(screened.Findings, f => f.Contains(finding, StringComparison.Ordinal));
        }

        // The item's outcome carries into limb 2 (the rest of the form meets it).
        Assert.Equal(outcome, result.Necessity.Outcome);
    }

    [Fact]
    public void Every_requested_item_is_screened_in_order_with_its_catalogue_name_and_tier()
    {
        var result = TestForms.Eligible().Screen("2009");

        Assert.Equal(["pseudonymous_pupil_id", "fsm_eligibility", "ks2_results", "ks4_results", "school_type"], result.DataItems.Select(i => i.Item));
        Assert.Equal("Free school meals eligibility", result.DataItems[1].Name);
        Assert.Equal("Sensitive", result.DataItems[1].Tier);
    }

    [Fact]
    public void Findings_cite_the_item_answer_they_rest_on()
    {
        var result = TestForms.Eligible().AddItem(TestForms.Item("gender", null, "RQ1")).Screen("2009");

        Assert.Equal(["No justification is given (dataItems[5].justification)."], result.DataItems[5].Findings);
    }
}
