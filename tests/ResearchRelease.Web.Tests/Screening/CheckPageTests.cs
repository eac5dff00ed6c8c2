using System.Net;
using AngleSharp.Html.Parser;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Screening;

/// <summary>The public "Check if you can apply" page: no sign-in, same engine, plain words.</summary>
public sealed class CheckPageTests(SqliteSharedApp shared) : IClassFixture<SqliteSharedApp>
{
    private readonly HttpClient _anonymous = shared.App.ClientFor(null);

    private static List<KeyValuePair<string, string>> Answers(string activity = "research", string focus = "attainment",
        string decisions = "no", string identify = "no",
        string why = "Progress must be measured for the same pupils across key stages; published tables give only school averages.") =>
    [
        new("Input.OrganisationType", "university"), new("Input.Activity", activity), new("Input.SubjectFocus", focus),
        new("Input.DecisionsAboutIndividuals", decisions), new("Input.OutputsIdentify", identify),
        new("Input.WhyAggregateIsNotEnough", why),
        new("Input.DisclosureControl", "Outputs checked by the trusted research environment; counts under 10 suppressed."),
        new("Input.PublicBenefit", "Evidence on when disadvantage gaps open helps target school funding."), new("Input.DataKinds", "attainment"), new("Input.DataKinds", "identifiers"),
    ];

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> CheckAsync(List<KeyValuePair<string, string>> answers, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await HtmlForms.SubmitAsync(_anonymous, "/check", "#check-form", answers);
        Assert.Equal(expected, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_start_page_links_to_the_check_and_it_needs_no_sign_in()
    {
        var start = await HtmlForms.GetPageAsync(_anonymous, "/");
        Assert.NotNull(start.QuerySelector("a[href='/check']"));
        var check = await HtmlForms.GetPageAsync(_anonymous, "/check");
        Assert.Contains("Check if you can apply", check.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attainment_research_with_a_real_reason_is_likely_to_meet_the_test()
    {
        var page = await CheckAsync(Answers());
        Assert.Contains("likely to be able to apply", page.QuerySelector("#check-result")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, page.QuerySelectorAll("#check-limbs .govuk-tag--green").Length);
        // Identifying data is explained, and evidence paths are not shown to a member of the public.
        Assert.Contains("Identifying", page.QuerySelector("#check-data")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("project.activity", page.QuerySelector("#check-limbs")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decisions_about_individuals_make_it_unlikely_and_say_why()
    {
        var page = await CheckAsync(Answers(decisions: "yes"));
        Assert.Contains("not likely", page.QuerySelector("#check-result")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("decisions about individuals", page.QuerySelector("#check-limbs")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("a[href='/applications/start']"));
    }

    [Fact]
    public async Task Convenience_is_not_a_reason_for_pupil_level_data()
    {
        var page = await CheckAsync(Answers(why: "It is easier for us to have the raw data."));
        Assert.Contains("not likely", page.QuerySelector("#check-result")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("convenience", page.QuerySelector("#check-limbs")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_research_is_weighed_under_the_wording_in_force()
    {
        // The 2013 wording (in force today) covers well-being; the verdict is not a flat refusal.
        var page = await CheckAsync(Answers(focus: "health"));
        Assert.DoesNotContain("not likely", page.QuerySelector("#check-result")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("as amended in 2013", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_answers_are_named_in_an_error_summary()
    {
        var page = await CheckAsync([new("Input.DataKinds", "pirate-treasure")], HttpStatusCode.BadRequest);
        var links = page.QuerySelectorAll(".govuk-error-summary a").Select(l => l.GetAttribute("href")).ToList();
        Assert.Contains("#OrganisationType", links);
        Assert.Contains("#Activity", links);
        Assert.Contains("#SubjectFocus", links);
        Assert.Contains("#DecisionsAboutIndividuals", links);
        Assert.Contains("#OutputsIdentify", links);
        Assert.Contains("#DataKinds", links);
    }
}
