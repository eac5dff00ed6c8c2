using System.Net;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Compliance;

/// <summary>The compliance register page: each filter narrows the list, results are paged, records open.</summary>
public sealed class RegisterSearchTests(ApprovedApp approved) : IClassFixture<ApprovedApp>
{
    private HttpClient Compliance => approved.App.ClientFor(Personas.Compliance);

    [Fact]
    public async Task Each_filter_finds_the_approved_application_and_a_wrong_value_excludes_it()
    {
        var org = approved.Example.GetProperty("organisation").GetProperty("name").GetString()!;
        var applicant = approved.Example.GetProperty("applicant").GetProperty("name").GetString()!;
        var year = DateTime.UtcNow.Year;
        string[] finding =
        [
            $"reference={approved.Reference[^6..].ToLowerInvariant()}",
            $"organisation={Uri.EscapeDataString(org.ToUpperInvariant()[..10])}",
            $"applicant={Uri.EscapeDataString(applicant)}",
            "status=Approved",
            $"decidedFrom={year}-01-01&decidedTo={year}-12-31",
            "dataItem=ks4_results",
        ];
        foreach (var query in finding)
            Assert.Contains(approved.Reference, await ReferencesAsync(query));

        string[] excluding =
        [
            "reference=NOPE",
            "organisation=Nowhere%20College",
            "applicant=Nobody",
            "status=Refused",
            $"decidedFrom={year + 1}-01-01",
            "dataItem=looked_after",
        ];
        foreach (var query in excluding)
            Assert.DoesNotContain(approved.Reference, await ReferencesAsync(query));
    }

    [Fact]
    public async Task Results_are_paged_25_at_a_time_and_keep_the_filter()
    {
        var marker = "Paging College " + Guid.NewGuid().ToString("N")[..6];
        var researcher = approved.App.ClientFor(Personas.Researcher);
        for (var i = 0; i < 27; i++)
            await Variants.SubmittedAsync(researcher, Variants.Of("pub-01", marker));

        var first = await HtmlForms.GetPageAsync(Compliance, $"/compliance?organisation={Uri.EscapeDataString(marker)}");
        Assert.Equal(25, first.QuerySelectorAll("#register tbody tr").Length);
        Assert.Contains("27 applications", first.QuerySelector("#register caption")!.TextContent, StringComparison.Ordinal);
        var next = first.QuerySelector("#pagination a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("organisation=", next, StringComparison.Ordinal);
        var second = await HtmlForms.GetPageAsync(Compliance, next);
        Assert.Equal(2, second.QuerySelectorAll("#register tbody tr").Length);
        Assert.Null(second.QuerySelector("#pagination a[rel=next]"));
        Assert.Contains("organisation=", second.QuerySelector("#pagination a[rel=prev]")!.GetAttribute("href")!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_opens_to_its_full_timeline_with_hashes_and_downloads()
    {
        var page = await HtmlForms.GetPageAsync(Compliance, $"/compliance/records/{approved.Reference}");
        var steps = page.QuerySelectorAll("#timeline tbody tr").Select(r => r.Children[1].TextContent).ToList();
        Assert.Equal("Draft started", steps[0]);
        Assert.Contains("Decision recorded", steps);
        Assert.Equal("Letter issued", steps[^1]);
        Assert.NotNull(page.QuerySelector("#bundle-download"));
    }

    [Fact]
    public async Task A_bad_date_or_status_is_shown_against_its_field_not_a_500()
    {
        var page = await HtmlForms.GetPageAsync(Compliance, "/compliance?decidedFrom=31/03/2027&status=Bogus");
        var summary = page.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("YYYY-MM-DD", summary, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".govuk-error-summary a[href='#status']"));
        var api = await Compliance.GetAsync("/api/decisions.csv?decidedTo=tomorrow");
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("decidedTo", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Personas.Researcher)]
    [InlineData(Personas.ChiefStatistician)]
    public async Task Only_compliance_sees_the_register_and_its_exports(string persona)
    {
        var client = approved.App.ClientFor(persona);
        foreach (var url in new[] { "/api/decisions.csv", "/api/decisions.json", $"/api/decisions/{approved.Reference}/bundle.zip" })
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
    }

    private async Task<List<string>> ReferencesAsync(string query)
    {
        var page = await HtmlForms.GetPageAsync(Compliance, "/compliance?" + query);
        Assert.Null(page.QuerySelector(".govuk-error-summary"));
        return page.QuerySelectorAll("#register tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
    }
}
