using ResearchRelease.Domain.Screening;
using ResearchRelease.Web.Features.Screening;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Screening;

/// <summary>
/// Approved, running releases screened again under the policy in force: listed for compliance and the Chief
/// Statistician beside the result they were decided on, with what a new policy would change in plain words.
/// </summary>
public sealed class RescreeningTests(ApprovedApp approved) : IClassFixture<ApprovedApp>
{
    [Fact]
    public async Task Compliance_and_the_chief_statistician_see_each_running_release_screened_again()
    {
        var compliance = await HtmlForms.GetPageAsync(approved.App.ClientFor(Personas.Compliance), "/rescreening");
        var row = compliance.QuerySelector($"#rescreened-{approved.Reference}")!;
        Assert.Equal($"/compliance/records/{approved.Reference}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("policy version", row.TextContent, StringComparison.Ordinal);
        // The same policy as the decision: nothing would be different, and nothing internal is shown.
        Assert.Contains("Nothing", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("_", row.TextContent, StringComparison.Ordinal);

        var chief = await HtmlForms.GetPageAsync(approved.App.ClientFor(Personas.ChiefStatistician), "/rescreening");
        Assert.Equal($"/decisions/{approved.Id}", chief.QuerySelector($"#rescreened-{approved.Reference} a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_stricter_policy_is_explained_finding_by_finding()
    {
        var then = Result("eligible", []);
        var now = Result(
            "needs_judgement",
            [
                new ScreeningFinding
                {
                    Part = "safe_data",
                    Severity = "needs_judgement",
                    Rule = "retention-limit",
                    Reason = "The data would be kept for more than 3 years after submission.",
                },
            ]
        );
        var differences = Rescreening.Differences(then, now);
        Assert.Equal("The recommendation would now be needs judgement, not eligible.", differences[0]);
        Assert.Contains("The data would be kept for more than 3 years after submission.", differences[1], StringComparison.Ordinal);
        Assert.Empty(Rescreening.Differences(now, now));
    }

    private static ScreeningResult Result(string overall, List<ScreeningFinding> findings)
    {
        LimbResult Met() => new() { Outcome = Outcomes.Met, Reasons = [] };
        return new ScreeningResult
        {
            Ruleset = "2013",
            PolicyVersion = "test",
            Findings = findings,
            Purpose = Met(),
            Necessity = Met(),
            Conditions = Met(),
            Completeness = new CompletenessResult { Outcome = Outcomes.Complete, Missing = [] },
            DataItems = [],
            Overall = overall,
        };
    }
}
