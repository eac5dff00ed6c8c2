using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Security;

/// <summary>
/// Server-side sessions on the production sign-in path: Microsoft.Identity.Web writes its session to the same cookie
/// scheme, so the cookie holds only a key (the id token and claims stay on the server) and signing out here ends every
/// copy of the cookie, before the browser has even reached the provider's end-session page.
/// </summary>
public sealed class OidcSessionTests
{
    private const string Cookie = "__Host-rr-session";

    [Fact]
    public async Task An_openid_connect_session_is_stored_and_a_copied_cookie_dies_with_sign_out()
    {
        await using var oidc = await OidcApp.StartAsync(
            new Dictionary<string, string> { ["MOCK_ROLES"] = "ChiefStatistician", ["MOCK_NAME"] = "Helen Marsh" }
        );
        var browser = oidc.Browser();
        var challenge = await browser.GetAsync("/account/sign-in?returnUrl=%2Fdecisions");
        var signedIn = await oidc.CompleteAtProviderAsync(browser, challenge.Headers.Location!);
        Assert.Equal("/decisions", signedIn.Headers.Location!.OriginalString);

        // One cookie, not chunks carrying the id token: only the session key, under 400 characters.
        var copied = SessionCookies.ValueOf(signedIn, Cookie);
        Assert.True(copied.Length < 400, $"The session cookie is {copied.Length} characters.");
        Assert.DoesNotContain(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(Cookie + "C1=", StringComparison.Ordinal));
        Assert.Equal(1, await SessionRowsAsync(oidc));
        Assert.Equal(HttpStatusCode.OK, (await SessionCookies.ReplayAsync(oidc.App, "/decisions", copied, Cookie)).StatusCode);

        var signOut = await HtmlForms.SubmitAsync(browser, "/decisions", "form[action='/account/sign-out']", []);
        Assert.StartsWith(oidc.Provider.Issuer + "/endsession", signOut.Headers.Location!.ToString(), StringComparison.Ordinal);

        Assert.Equal(0, await SessionRowsAsync(oidc));
        var page = await SessionCookies.ReplayAsync(oidc.App, "/decisions", copied, Cookie);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith(oidc.Provider.Issuer + "/authorize", page.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SessionCookies.ReplayAsync(oidc.App, "/api/queue", copied, Cookie)).StatusCode);
    }

    private static async Task<int> SessionRowsAsync(OidcApp oidc)
    {
        using var scope = oidc.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuthSessions.CountAsync();
    }
}
