using System.Net;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.StandingShares;

/// <summary>The same life through the pages: forms posted with their antiforgery tokens, buttons shown only to whoever may press them.</summary>
public sealed class StandingSharePageTests(SqliteShareApp app) : IClassFixture<SqliteShareApp>
{
    // One client each, so the antiforgery cookie a page sets goes back with its form.
    private readonly HttpClient Compliance = app.App.ClientFor(Personas.Compliance);
    private readonly HttpClient Chief = app.App.ClientFor(Personas.ChiefStatistician);

    [Fact]
    public async Task Compliance_drafts_and_submits_and_the_Chief_Statistician_approves_on_the_pages()
    {
        var today = app.Clock.Today;
        var body = "Qualifications Agency " + Guid.NewGuid().ToString("N")[..6];
        KeyValuePair<string, string> A(string k, string v) => new("Input." + k, v);
        var created = await HtmlForms.SubmitAsync(
            Compliance,
            "/standing-shares/new",
            "main form",
            [
                A("RecipientBody", body),
                A("Sector", "government"),
                A("LegalGateway", "Education Act 1997, section 21"),
                A("Article6", "public_task"),
                A("Purpose", "To develop the assessments."),
                A("PublicBenefit", "Fair assessments."),
                A("DataItems", "ks2_results"),
                A("Frequency", "annually"),
                A("AccessRoute", "direct_transfer"),
                A("StartDay", "1"),
                A("StartMonth", "1"),
                A("StartYear", today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                A("EndDay", "31"),
                A("EndMonth", "3"),
                A("EndYear", (today.Year + 3).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                A("ReviewDay", "31"),
                A("ReviewMonth", "3"),
                A("ReviewYear", (today.Year + 2).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ]
        );
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;

        var draft = await HtmlForms.GetPageAsync(Compliance, url);
        Assert.Contains("Draft", draft.QuerySelector("#share-status")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"31 March {today.Year + 2}", draft.QuerySelector("#terms-proposed")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await HtmlForms.GetPageAsync(Chief, url)).QuerySelector("#submit-share"));
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(Compliance, url, "main form[action*=Submit]", [])).StatusCode);

        var forChief = await HtmlForms.GetPageAsync(Chief, url);
        Assert.Null((await HtmlForms.GetPageAsync(Compliance, url)).QuerySelector("#review-decision"));
        var missing = await HtmlForms.SubmitAsync(Chief, forChief, url, "main form[action*=Decide]", [new("Outcome", "approve")]);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("Enter the reasons for your decision", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The first click only shows the decision back to be checked; nothing is recorded until it is signed.
        var review = await HtmlForms.SubmitAsync(
            Chief,
            forChief,
            url,
            "main form[action*=Decide]",
            [new("Outcome", "approve"), new("Reasons", "A standing gateway and only the items it needs.")]
        );
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        var check = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await review.Content.ReadAsStringAsync());
        Assert.Equal("Check your decision before you sign it", check.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("You cannot undo this", check.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("A standing gateway", check.QuerySelector("#decision-review")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(
            "In force",
            (await HtmlForms.GetPageAsync(Compliance, url)).QuerySelector("#share-status")!.TextContent,
            StringComparison.Ordinal
        );
        var signed = await HtmlForms.SubmitAsync(Chief, check, url, "#sign-form", []);
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);

        var approved = await HtmlForms.GetPageAsync(Compliance, url);
        Assert.Equal("In force", approved.QuerySelector("#share-status")!.TextContent.Trim());
        Assert.Contains("Helen Marsh", approved.QuerySelector("#decisions")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, approved.QuerySelectorAll("#record tbody tr").Length);
        Assert.NotNull(approved.QuerySelector("#propose-renewal"));
        Assert.Contains(
            body,
            (await HtmlForms.GetPageAsync(Chief, "/standing-shares")).QuerySelector("#shares")!.TextContent,
            StringComparison.Ordinal
        );
        var researcher = await app.App.ClientFor(Personas.Researcher).GetAsync(url);
        Assert.Contains("access-denied", researcher.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }
}
