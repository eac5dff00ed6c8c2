using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ResearchRelease.Web.Features.Screening;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Screening;

/// <summary>
/// The public "Check if you can apply": no sign-in, one question per page with Back links, check your answers, and a
/// result in plain words from the same engine that screens applications.
/// </summary>
public sealed class CheckPageTests(SqliteSharedApp shared) : IClassFixture<SqliteSharedApp>
{
    private const string RealReason =
        "Progress must be measured for the same pupils across key stages; published tables give only school averages.";

    /// <summary>A visitor of their own: the answers live in their browser's cookie.</summary>
    private HttpClient Visitor() => shared.App.ClientFor(null);

    private static Dictionary<string, string[]> Answers(
        string activity = "research",
        string focus = "attainment",
        string decisions = "no",
        string identify = "no",
        string why = RealReason
    ) =>
        new()
        {
            ["organisation"] = ["university"],
            ["activity"] = [activity],
            ["subject"] = [focus],
            ["decisions"] = [decisions],
            ["identify"] = [identify],
            ["disclosure"] = ["Outputs checked by the trusted research environment; counts under 10 suppressed."],
            ["benefit"] = ["Evidence on when disadvantage gaps open helps target school funding."],
            ["aggregate"] = [why],
            ["data"] = ["attainment", "identifiers"],
        };

    private static Task<HttpResponseMessage> AnswerAsync(HttpClient visitor, string slug, params string[] values) =>
        HtmlForms.SubmitAsync(
            visitor,
            $"/check/{slug}",
            "#question-form",
            values.Select(v => new KeyValuePair<string, string>("answer", v)),
            clear: ["answer"]
        );

    /// <summary>Answers every question in order, following each redirect, and returns the result page.</summary>
    private static async Task<IHtmlDocument> ResultAsync(HttpClient visitor, Dictionary<string, string[]> answers)
    {
        var next = "/check/" + CheckQuestions.All[0].Slug;
        foreach (var question in CheckQuestions.All)
        {
            Assert.Equal($"/check/{question.Slug}", next);
            var response = await AnswerAsync(visitor, question.Slug, answers[question.Slug]);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            next = response.Headers.Location!.OriginalString;
        }
        Assert.Equal("/check/answers", next);
        var summary = await HtmlForms.GetPageAsync(visitor, next);
        Assert.Equal("/check/result", summary.QuerySelector("#see-result")!.GetAttribute("href"));
        return await HtmlForms.GetPageAsync(visitor, "/check/result");
    }

    [Fact]
    public async Task The_start_page_links_to_the_check_and_it_needs_no_sign_in()
    {
        var visitor = Visitor();
        var start = await HtmlForms.GetPageAsync(visitor, "/");
        Assert.NotNull(start.QuerySelector("a[href='/check']"));
        var check = await HtmlForms.GetPageAsync(visitor, "/check");
        Assert.Contains("Check if you can apply", check.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/check/organisation", check.QuerySelector("#start-check")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Each_page_asks_one_question_to_you_with_a_back_link()
    {
        var visitor = Visitor();
        var previous = "/check";
        foreach (var question in CheckQuestions.All)
        {
            var page = await HtmlForms.GetPageAsync(visitor, $"/check/{question.Slug}");
            Assert.Equal(question.Title, page.QuerySelector("h1")!.TextContent.Trim());
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.Equal(previous, page.QuerySelector(".govuk-back-link")!.GetAttribute("href"));
            Assert.DoesNotContain("applicant", page.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
            await AnswerAsync(visitor, question.Slug, Answers()[question.Slug]);
            previous = $"/check/{question.Slug}";
        }
    }

    [Fact]
    public async Task Every_page_refuses_no_answer_with_the_govuk_error_pattern()
    {
        var visitor = Visitor();
        foreach (var question in CheckQuestions.All)
        {
            var refused = await AnswerAsync(visitor, question.Slug);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var page = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
            Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
            var link = page.QuerySelector(".govuk-error-summary a[href='#answer']");
            Assert.NotNull(link);
            Assert.Equal(question.Missing, link!.TextContent.Trim());
            Assert.NotNull(page.GetElementById("answer"));
            Assert.Contains(question.Missing, page.QuerySelector("#answer-error")!.TextContent, StringComparison.Ordinal);
            // Refused, nothing moves on: the answer is given and the next page is reached.
            Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(visitor, question.Slug, Answers()[question.Slug])).StatusCode);
        }
    }

    [Fact]
    public async Task Answers_not_on_the_list_and_overlong_text_are_refused()
    {
        var visitor = Visitor();
        Assert.Equal(HttpStatusCode.BadRequest, (await AnswerAsync(visitor, "organisation", "pirate_ship")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await AnswerAsync(visitor, "organisation", "university", "charity")).StatusCode);
        foreach (var q in CheckQuestions.All.TakeWhile(q => q.Slug != "disclosure"))
            await AnswerAsync(visitor, q.Slug, Answers()[q.Slug]);
        var tooLong = await AnswerAsync(visitor, "disclosure", new string('x', CheckQuestions.MaxText + 1));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("1,000 characters or fewer", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_cannot_be_skipped_and_the_result_needs_every_answer()
    {
        var visitor = Visitor();
        var skipped = await visitor.GetAsync("/check/data");
        Assert.Equal(HttpStatusCode.Redirect, skipped.StatusCode);
        Assert.Equal("/check/organisation", skipped.Headers.Location!.OriginalString);
        Assert.Equal("/check/organisation", (await visitor.GetAsync("/check/result")).Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/check/no-such-question")).StatusCode);
    }

    [Fact]
    public async Task Yes_path_attainment_research_with_a_real_reason_is_likely_to_meet_the_test()
    {
        var page = await ResultAsync(Visitor(), Answers());
        Assert.Contains("You are likely to be able to apply", page.QuerySelector("#check-result")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, page.QuerySelectorAll("#check-limbs .govuk-tag--green").Length);
        // Identifying data is explained, and evidence paths are not shown to a member of the public.
        Assert.Contains("Identifying", page.QuerySelector("#check-data")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("project.activity", page.QuerySelector("#check-limbs")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='/applications/start']"));
    }

    [Fact]
    public async Task No_path_decisions_about_individuals_make_it_unlikely_and_say_why()
    {
        var page = await ResultAsync(Visitor(), Answers(decisions: "yes"));
        Assert.Contains("not likely", page.QuerySelector("#check-result")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("decisions about individuals", page.QuerySelector("#check-limbs")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("a[href='/applications/start']"));
    }

    [Fact]
    public async Task Convenience_is_not_a_reason_for_pupil_level_data()
    {
        var page = await ResultAsync(Visitor(), Answers(why: "It is easier for us to have the raw data."));
        Assert.Contains("not likely", page.QuerySelector("#check-result")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("convenience", page.QuerySelector("#check-limbs")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_research_is_weighed_under_the_wording_in_force()
    {
        // The 2013 wording (in force today) covers well-being; the verdict is not a flat refusal.
        var page = await ResultAsync(Visitor(), Answers(focus: "health"));
        Assert.DoesNotContain("not likely", page.QuerySelector("#check-result")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("as amended in 2013", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_an_answer_from_check_your_answers_returns_there_and_changes_the_result()
    {
        var visitor = Visitor();
        await ResultAsync(visitor, Answers());
        var summary = await HtmlForms.GetPageAsync(visitor, "/check/answers");
        var change = summary.QuerySelectorAll("#check-answers a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(CheckQuestions.All.Select(q => $"/check/{q.Slug}?change=true"), change);
        Assert.Contains("Test and exam results", summary.QuerySelector("#check-answers")!.TextContent, StringComparison.Ordinal);

        var page = await HtmlForms.GetPageAsync(visitor, "/check/decisions?change=true");
        Assert.Equal("/check/answers", page.QuerySelector(".govuk-back-link")!.GetAttribute("href"));
        Assert.True(page.QuerySelector("input[value='no']")!.HasAttribute("checked"));
        var changed = await HtmlForms.SubmitAsync(
            visitor,
            page,
            "/check/decisions?change=true",
            "#question-form",
            [new("answer", "yes")],
            clear: ["answer"]
        );
        Assert.Equal("/check/answers", changed.Headers.Location!.OriginalString);
        var result = await HtmlForms.GetPageAsync(visitor, "/check/result");
        Assert.Contains("not likely", result.QuerySelector("#check-result")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_answers_are_kept_in_the_browser_not_on_the_server()
    {
        var visitor = Visitor();
        var response = await AnswerAsync(visitor, "organisation", "university");
        var cookie = response
            .Headers.GetValues("Set-Cookie")
            .Single(c => c.StartsWith(CheckAnswerStore.CookieName, StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/check", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("university", cookie, StringComparison.Ordinal);
        // Another visitor starts with nothing.
        Assert.Equal("/check/organisation", (await Visitor().GetAsync("/check/activity")).Headers.Location!.OriginalString);
    }
}
