using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Letters;

/// <summary>
/// The letter as a web page: shown to whoever can read the application and to no one else, and saying what the
/// signed PDF says, word for word.
/// </summary>
public sealed partial class LetterPageTests(ApprovedApp approved) : IClassFixture<ApprovedApp>
{
    private string Url => $"/applications/{approved.Id}/letter";

    [Theory]
    [InlineData(Personas.Researcher)]
    [InlineData(Personas.ChiefStatistician)]
    [InlineData(Personas.Compliance)]
    public async Task Is_shown_to_the_owner_and_staff_who_can_see_the_letter(string persona)
    {
        var response = await approved.App.ClientFor(persona).GetAsync(Url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.NotNull(page.QuerySelector("article#letter h2.govuk-heading-l"));
        Assert.EndsWith(".pdf", page.QuerySelector("#letter-pdf")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Is_not_found_for_another_researcher()
    {
        var other = approved.App.ClientFor(Personas.Researcher2);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(Url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/applications/{approved.Id}/letter.pdf")).StatusCode);
    }

    [Fact]
    public async Task Is_not_found_for_a_letter_of_another_application()
    {
        var response = await approved.App.ClientFor(Personas.Researcher).GetAsync($"/applications/{approved.Id}/letter/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Asks_a_visitor_who_is_not_signed_in_to_sign_in()
    {
        var response = await approved.App.ClientFor(null).GetAsync(Url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("sign-in", response.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Says_what_the_signed_PDF_says_sentence_for_sentence()
    {
        var html = await approved.App.ClientFor(Personas.Researcher).GetStringAsync(Url);
        var article = new HtmlParser().ParseDocument(html).QuerySelector("article#letter")!;
        article.QuerySelector("#letter-heading")!.Remove();
        // Each block once: a value of several paragraphs is read from its paragraphs, not again from its cell.
        const string blocks = "h2, h3, h4, p, li, dt, dd, th, td";
        var innermost = article.QuerySelectorAll(blocks).Where(e => e.QuerySelector(blocks) is null);
        var pageText = Squeeze(string.Join(" ", innermost.Select(e => e.TextContent)));

        // The PDF read as plain drawn text (not through its tags), less page furniture and list markers.
        var pages = PdfText.Pages(approved.Pdf);
        var body = pages.Select(p => Footer().Replace(p, ""));
        var pdfText = Squeeze(Markers().Replace(string.Join(" ", body), " "));

        Assert.Equal(Sentences(pdfText), Sentences(pageText));
        Assert.Equal(pdfText, pageText);
    }

    [Fact]
    public async Task Shows_a_value_of_several_lines_as_those_lines()
    {
        var html = await approved.App.ClientFor(Personas.Researcher).GetStringAsync(Url);
        var rows = new HtmlParser().ParseDocument(html).QuerySelectorAll("article#letter .govuk-summary-list__row");
        var cohorts = rows.Single(r => r.QuerySelector("dt")!.TextContent == "Cohorts").QuerySelector("dd")!;

        var lines = cohorts.QuerySelectorAll("p").Select(p => p.TextContent).ToList();
        Assert.Equal(2, lines.Count);
        Assert.StartsWith("Key stages: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Academic years: ", lines[1], StringComparison.Ordinal);
    }

    private static string[] Sentences(string text) => SentenceBreak().Split(text);

    private static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The footer and, on later pages, the running header drawn after it.</summary>
    [GeneratedRegex(@"Reference \S+ · Verification code \S+ Page \d+ of \d+.*$")]
    private static partial Regex Footer();

    /// <summary>Bullets and the numbers of a numbered list (the page's list styles draw their own).</summary>
    [GeneratedRegex(@"(?<=^|\s)(•|\d{1,2}\.)(?=\s)")]
    private static partial Regex Markers();

    [GeneratedRegex(@"(?<=[.:])\s+")]
    private static partial Regex SentenceBreak();
}
