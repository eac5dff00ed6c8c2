using System.Net;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Compliance;

/// <summary>The decision register asks for dates in the GOV.UK date input pattern (day, month, year boxes).</summary>
public sealed class RegisterDateInputTests(SqliteSharedApp shared) : IClassFixture<SqliteSharedApp>
{
    private readonly HttpClient compliance = shared.App.ClientFor(Personas.Compliance);

    [Fact]
    public async Task The_date_filter_is_three_boxes_and_its_exports_keep_the_iso_date()
    {
        var page = await HtmlForms.GetPageAsync(compliance, "/compliance?decidedFrom-day=1&decidedFrom-month=4&decidedFrom-year=2027");
        Assert.Null(page.QuerySelector(".govuk-error-summary"));
        Assert.Equal(
            ["1", "4", "2027"],
            page.QuerySelectorAll("#register-search input[name^='decidedFrom-']").Select(i => i.GetAttribute("value"))
        );
        Assert.Equal("Decided on or after", page.QuerySelector("#register-search fieldset legend")!.TextContent.Trim());
        Assert.DoesNotContain("YYYY-MM-DD", page.QuerySelector("#register-search")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("a[href*='decisions.csv']"), a =>
            a.GetAttribute("href")!.Contains("decidedFrom=2027-04-01", StringComparison.Ordinal)
        );

        // A link carrying the ISO date (from an export or a bookmark) fills the boxes.
        var linked = await HtmlForms.GetPageAsync(compliance, "/compliance?decidedTo=2028-12-31");
        Assert.Equal(
            ["31", "12", "2028"],
            linked.QuerySelectorAll("#register-search input[name^='decidedTo-']").Select(i => i.GetAttribute("value"))
        );
    }

    [Fact]
    public async Task A_date_that_does_not_exist_is_shown_against_the_day_box()
    {
        var response = await compliance.GetAsync("/compliance?decidedTo-day=31&decidedTo-month=2&decidedTo-year=2027");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var link = page.QuerySelector(".govuk-error-summary a[href='#decidedTo']")!;
        Assert.Equal("The 'decided to' date must be a real date, for example 1 4 2027", link.TextContent.Trim());
        Assert.NotNull(page.GetElementById("decidedTo"));
        Assert.Equal("decidedTo-day", page.GetElementById("decidedTo")!.GetAttribute("name"));
    }
}
