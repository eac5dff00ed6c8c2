using System.Net;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Register;

/// <summary>The public register of approved releases: readable without signing in, and free of researchers' personal details.</summary>
public sealed class PublicRegisterTests(ApprovedApp approved) : IClassFixture<ApprovedApp>
{
    private HttpClient Anonymous => approved.App.ClientFor(null);

    private string[] PersonalDetails =>
        [
            approved.Example.GetProperty("applicant").GetProperty("name").GetString()!,
            approved.Example.GetProperty("applicant").GetProperty("email").GetString()!,
            approved.Example.GetProperty("applicant").GetProperty("jobTitle").GetString()!,
            .. approved.Example.GetProperty("namedUsers").EnumerateArray().Select(u => u.GetProperty("name").GetString()!),
        ];

    [Fact]
    public async Task The_page_lists_the_approved_release_without_signing_in()
    {
        var page = await HtmlForms.GetPageAsync(Anonymous, "/register");
        var card = page.QuerySelector($"#release-{approved.Reference}")!.TextContent;
        Assert.Contains(approved.Example.GetProperty("organisation").GetProperty("name").GetString()!, card, StringComparison.Ordinal);
        Assert.Contains(approved.Example.GetProperty("project").GetProperty("title").GetString()!, card, StringComparison.Ordinal);
        Assert.Contains("Key stage 4", card, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Public task", card, StringComparison.Ordinal);
        Assert.Contains("ONS Secure Research Service", card, StringComparison.Ordinal);
        Assert.Contains("31 March 2029", card, StringComparison.Ordinal);
        var main = page.QuerySelector("main")!.TextContent;
        Assert.All(PersonalDetails, p => Assert.DoesNotContain(p, main, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_csv_has_the_published_columns_and_no_personal_details()
    {
        var response = await Anonymous.GetAsync("/register.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csv = await response.Content.ReadAsStringAsync();
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            "reference,organisation,project_title,purpose,data_items,legal_basis,access_route,start_date,end_date,"
                + "kind,sector,public_benefit,legal_gateway,linkage,frequency,approval_date,review_date,status,outputs",
            lines[0]
        );
        var mine = Assert.Single(lines, l => l.StartsWith(approved.Reference + ",", StringComparison.Ordinal));
        Assert.Contains(",2029-03-31,release,", mine, StringComparison.Ordinal);
        Assert.All(PersonalDetails, p => Assert.DoesNotContain(p, csv, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Applications_not_approved_are_not_published()
    {
        var marker = "Unpublished Institute " + Guid.NewGuid().ToString("N")[..6];
        await Variants.SubmittedAsync(approved.App.ClientFor(Personas.Researcher), Variants.Of("pub-01", marker));
        Assert.DoesNotContain(marker, await Anonymous.GetStringAsync("/register.csv"), StringComparison.Ordinal);
        Assert.DoesNotContain(marker, await Anonymous.GetStringAsync("/register"), StringComparison.Ordinal);
    }
}
