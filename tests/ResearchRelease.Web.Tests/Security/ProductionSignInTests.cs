using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Security;

/// <summary>
/// The production sign-in path (Microsoft.Identity.Web, persona sign-in off) against a local OpenID Connect provider
/// (<see cref="OidcApp"/>): the authorization code flow with PKCE, the nonce, the "roles" claim becoming the app's
/// roles, sign-out at the provider, and the recent sign-in that signing a decision demands.
/// </summary>
public sealed class ProductionSignInTests
{
    private static readonly Dictionary<string, string> Chief = new()
    {
        ["MOCK_ROLES"] = "ChiefStatistician",
        ["MOCK_NAME"] = "Helen Marsh",
    };

    [Fact]
    public async Task Code_flow_with_pkce_signs_in_and_maps_the_roles_claim()
    {
        await using var oidc = await OidcApp.StartAsync(Chief);
        var browser = oidc.Browser();

        // 1. The app sends the browser to the provider: code flow, PKCE with S256, a nonce.
        var challenge = await browser.GetAsync("/account/sign-in?returnUrl=%2Fdecisions");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith(oidc.Provider.Issuer + "/authorize", authorize.ToString(), StringComparison.Ordinal);
        var query = System.Web.HttpUtility.ParseQueryString(authorize.Query);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.False(string.IsNullOrEmpty(query["code_challenge"]));
        Assert.False(string.IsNullOrEmpty(query["nonce"]));
        Assert.Null(query["prompt"]);

        // 2 and 3. The provider signs the user in and sends the browser back with a code; the app redeems it (the
        // provider checks the PKCE verifier) and starts a session.
        var signedIn = await oidc.CompleteAtProviderAsync(browser, authorize);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/decisions", signedIn.Headers.Location!.OriginalString);
        Assert.Contains(signedIn.Headers.GetValues("Set-Cookie"), c =>
            c.StartsWith("__Host-rr-session=", StringComparison.Ordinal)
            && c.Contains("secure", StringComparison.OrdinalIgnoreCase)
            && c.Contains("httponly", StringComparison.OrdinalIgnoreCase)
        );

        // 4. The roles claim is the app's role: the Chief Statistician's pages open, a researcher's do not.
        var queue = await browser.GetAsync("/decisions");
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        Assert.Contains("Sign out (Helen Marsh)", await queue.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/queue")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/api/applications")).StatusCode);
    }

    [Fact]
    public async Task Sign_out_ends_the_session_here_and_at_the_provider()
    {
        await using var oidc = await OidcApp.StartAsync(Chief);
        var browser = oidc.Browser();
        await oidc.SignInAsync(browser);

        // The layout's sign-out form (a POST with its antiforgery token) clears the session cookie and sends the
        // browser to the provider's end-session endpoint, to come back to the app's own callback.
        var signOut = await HtmlForms.SubmitAsync(browser, "/decisions", "form[action='/account/sign-out']", []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var endSession = signOut.Headers.Location!;
        Assert.StartsWith(oidc.Provider.Issuer + "/endsession", endSession.ToString(), StringComparison.Ordinal);
        var query = System.Web.HttpUtility.ParseQueryString(endSession.Query);
        Assert.Equal("https://localhost/signout-callback-oidc", query["post_logout_redirect_uri"]);
        Assert.Contains(signOut.Headers.GetValues("Set-Cookie"), c =>
            c.StartsWith("__Host-rr-session=;", StringComparison.Ordinal)
            && c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)
        );

        // Protected pages and the API need a sign-in again, straight away.
        var again = await browser.GetAsync("/decisions");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.StartsWith(oidc.Provider.Issuer + "/authorize", again.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/queue")).StatusCode);

        // The provider ends its session and returns the browser through the callback to the "signed out" page.
        var callback = await OidcApp.AtProviderAsync(endSession);
        Assert.StartsWith("https://localhost/signout-callback-oidc", callback.ToString(), StringComparison.Ordinal);
        var back = await browser.GetAsync(callback.PathAndQuery);
        Assert.Equal("/account/sign-out", back.Headers.Location!.OriginalString);
        var page = await browser.GetAsync("/account/sign-out");
        Assert.Contains("You have signed out", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/decisions")).StatusCode);
    }

    [Fact]
    public async Task Signing_a_decision_after_an_old_sign_in_asks_the_provider_to_authenticate_again()
    {
        // The provider's single sign-on session began an hour ago: the id token's auth_time says so.
        await using var oidc = await OidcApp.StartAsync(new Dictionary<string, string>(Chief) { ["MOCK_AUTH_AGE_SECONDS"] = "3600" });
        var id = await oidc.AwaitingDecisionAsync();
        var browser = oidc.Browser();
        await oidc.SignInAsync(browser);

        // Reading and reviewing need no fresh sign-in.
        var review = await HtmlForms.SubmitAsync(
            browser,
            $"/decisions/{id}",
            "form[action*='handler=Review']",
            [new("Input.Outcome", "approve"), new("Input.EndDay", "31"), new("Input.EndMonth", "3"), new("Input.EndYear", "2029")]
        );
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        var reviewPage = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await review.Content.ReadAsStringAsync());

        // Signing does: nothing is recorded, and the provider is asked for a fresh sign-in (max_age and prompt=login).
        var sign = await HtmlForms.SubmitAsync(
            browser,
            reviewPage,
            $"/decisions/{id}",
            "form[action*='handler=Sign']",
            [new("confirmed", "true")]
        );
        Assert.Equal(HttpStatusCode.Redirect, sign.StatusCode);
        var authorize = sign.Headers.Location!;
        Assert.StartsWith(oidc.Provider.Issuer + "/authorize", authorize.ToString(), StringComparison.Ordinal);
        var query = System.Web.HttpUtility.ParseQueryString(authorize.Query);
        Assert.Equal("600", query["max_age"]);
        Assert.Equal("login", query["prompt"]);
        Assert.Equal(ApplicationStatus.AwaitingDecision, await oidc.StatusAsync(id));

        // The API refuses the same way (RFC 9470 step-up), and records nothing either.
        var api = await ApiClient.DecideAsync(browser, id, new { outcome = "approve", endDate = "2029-03-31" });
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Contains("insufficient_user_authentication", api.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Contains("max_age=600", api.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.AwaitingDecision, await oidc.StatusAsync(id));

        // After signing in again the user is back on the review page with the same decision, and can sign it.
        var back = await oidc.CompleteAtProviderAsync(browser, authorize);
        Assert.Equal($"/decisions/{id}?resume=true", back.Headers.Location!.OriginalString);
        var resumed = await HtmlForms.GetPageAsync(browser, back.Headers.Location.OriginalString);
        Assert.NotNull(resumed.QuerySelector("#resumed"));
        Assert.Contains("31 March 2029", resumed.QuerySelector("#preview")!.TextContent, StringComparison.Ordinal);
        var signed = await HtmlForms.SubmitAsync(
            browser,
            resumed,
            $"/decisions/{id}",
            "form[action*='handler=Sign']",
            [new("confirmed", "true")]
        );
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        Assert.StartsWith($"/decisions/{id}?decided=", signed.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.Approved, await oidc.StatusAsync(id));
    }

    [Fact]
    public async Task The_deputy_app_role_decides_only_under_a_recorded_designation()
    {
        await using var oidc = await OidcApp.StartAsync(
            new Dictionary<string, string>
            {
                ["MOCK_ROLES"] = "DeputyChiefStatistician",
                ["MOCK_NAME"] = "Dr Aisha Rahman",
                ["MOCK_OID"] = "oidc-deputy-1",
            }
        );
        var browser = oidc.Browser();
        await oidc.SignInAsync(browser, "/");

        var turnedAway = await browser.GetAsync("/decisions");
        Assert.Equal("/access-denied", turnedAway.Headers.Location!.AbsolutePath);
        Assert.Contains(
            "oidc-deputy-1",
            await (await browser.GetAsync("/access-denied")).Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );

        using (var scope = oidc.App.Services.CreateScope())
        {
            var chief = new Actor("oidc-chief-1", "Helen Marsh", null, ActorRole.ChiefStatistician);
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var designated = await scope
                .ServiceProvider.GetRequiredService<ResearchRelease.Web.Features.Deputies.DesignationService>()
                .DesignateAsync(
                    chief,
                    new ResearchRelease.Domain.Deputies.DesignationRequest(
                        "oidc-deputy-1",
                        "Dr Aisha Rahman",
                        null,
                        "Deputy Director",
                        today,
                        today,
                        "Leave"
                    ),
                    CancellationToken.None
                );
            Assert.True(designated.Succeeded, designated.Message);
        }
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/decisions")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/queue")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/deputies")).StatusCode);
    }
}
