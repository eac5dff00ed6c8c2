using System.Net;
using AngleSharp.Html.Parser;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Security;

/// <summary>
/// A return URL that a browser would read as another site is ignored (the user goes home), never followed and never
/// an error, on every path that accepts one: the sign-in link, the persona sign-in page and its form.
/// </summary>
public sealed class OpenRedirectTests(UnthrottledApp shared) : IClassFixture<UnthrottledApp>
{
    /// <summary>Each as the browser would send it in a query string or form (still encoded).</summary>
    public static TheoryData<string> Hostile() =>
        [
            "%2F%09%2Fevil.com", // "/\t/evil.com": browsers drop the tab and read "//evil.com"
            "/%09/evil.com",
            "//evil.com",
            "/%5Cevil.com", // "/\evil.com"
            "/\\evil.com",
            "%2F%0D%0A%2Fevil.com",
            "/%0a/evil.com",
            "https://evil.com",
            "%20//evil.com",
            "~//evil.com",
            "evil.com",
        ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task The_sign_in_link_goes_home_instead(string returnUrl)
    {
        var response = await shared.App.ClientFor(null).GetAsync("/account/sign-in?returnUrl=" + returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/dev/sign-in?returnUrl=%2F", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task The_persona_sign_in_page_keeps_only_home(string returnUrl)
    {
        var response = await shared.App.ClientFor(null).GetAsync("/dev/sign-in?returnUrl=" + returnUrl);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("/", page.QuerySelector("input[name=returnUrl]")!.GetAttribute("value"));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Persona_sign_in_with_a_hostile_return_url_signs_in_and_goes_home_not_500(string returnUrl)
    {
        var client = shared.App.ClientFor(null);
        var page = await HtmlForms.GetPageAsync(client, "/dev/sign-in");
        var response = await HtmlForms.SubmitAsync(
            client,
            page,
            "/dev/sign-in",
            "main form",
            [new("persona", Personas.Researcher), new("returnUrl", Uri.UnescapeDataString(returnUrl))]
        );
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // Home for a researcher is their applications.
        Assert.Equal("/applications", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_local_return_url_is_still_followed()
    {
        var client = shared.App.ClientFor(null);
        var page = await HtmlForms.GetPageAsync(client, "/dev/sign-in?returnUrl=%2Fapplications%3Fsaved%3Dtrue");
        Assert.Equal("/applications?saved=true", page.QuerySelector("input[name=returnUrl]")!.GetAttribute("value"));
        var response = await HtmlForms.SubmitAsync(client, page, "/dev/sign-in", "main form", [new("persona", Personas.Researcher)]);
        Assert.Equal("/applications?saved=true", response.Headers.Location!.OriginalString);
    }
}
