using System.Net;

namespace ResearchRelease.Web.Tests.Security;

/// <summary>
/// The production sign-in path (Identity.Web against a local provider, <see cref="OidcApp"/>): after signing in at
/// the provider the user is sent only to a page of this site, whatever the return URL or the path that asked for the
/// sign-in.
/// </summary>
public sealed class OidcRedirectTests
{
    private static readonly Dictionary<string, string> Chief = new()
    {
        ["MOCK_ROLES"] = "ChiefStatistician",
        ["MOCK_NAME"] = "Helen Marsh",
    };

    [Fact]
    public async Task A_hostile_return_url_lands_on_the_home_page_after_signing_in()
    {
        await using var oidc = await OidcApp.StartAsync(Chief);
        foreach (var returnUrl in new[] { "%2F%09%2Fevil.com", "//evil.com", "/%5Cevil.com", "https://evil.com" })
        {
            var browser = oidc.Browser();
            var challenge = await browser.GetAsync("/account/sign-in?returnUrl=" + returnUrl);
            Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
            var signedIn = await oidc.CompleteAtProviderAsync(browser, challenge.Headers.Location!);
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task A_path_that_a_browser_reads_as_another_site_is_not_found_rather_than_a_sign_in()
    {
        await using var oidc = await OidcApp.StartAsync(Chief);
        var browser = oidc.Browser();
        // No endpoint matches, so the fallback endpoint answers "Page not found": no challenge is made, so no sign-in
        // can remember the path as it came and send the browser to another site afterwards.
        var response = await browser.GetAsync(new Uri("https://localhost//evil.com/decisions"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task A_local_return_url_is_kept()
    {
        await using var oidc = await OidcApp.StartAsync(Chief);
        await oidc.SignInAsync(oidc.Browser(), "/decisions?page=2");
    }
}
