using System.Net;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Security;

/// <summary>
/// The production sign-in path (Microsoft.Identity.Web, persona sign-in off) against a local OpenID Connect provider:
/// the authorization code flow with PKCE, the nonce, and the "roles" claim becoming the app's roles. Only what cannot
/// work offline is overridden, for this test only: the authority and metadata (loopback, plain HTTP), the issuer
/// (Entra's issuer validator would refuse the mock's) and the response mode (the mock answers by query only).
/// </summary>
public sealed class ProductionSignInTests
{
    [Fact]
    public async Task Code_flow_with_pkce_signs_in_and_maps_the_roles_claim()
    {
        await using var provider = await OidcProvider.StartAsync(new Dictionary<string, string> { ["MOCK_ROLES"] = "ChiefStatistician", ["MOCK_NAME"] = "Helen Marsh" });
        using var db = TestDatabase.Sqlite();
        await using var app = new AppFactory(db, services => services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o =>
        {
            o.Authority = provider.Issuer;
            o.MetadataAddress = provider.Issuer + "/.well-known/openid-configuration";
            o.RequireHttpsMetadata = false;
            o.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(o.MetadataAddress,
                new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever { RequireHttps = false });
            o.TokenValidationParameters.IssuerValidator = null;
            o.TokenValidationParameters.ValidIssuer = provider.Issuer;
            o.ResponseMode = OpenIdConnectResponseMode.Query;
        })).WithWebHostBuilder(b =>
        {
            b.UseSetting("Authentication:DevelopmentPersonas", "false");
            b.UseSetting("AzureAd:ClientId", "researchrelease-test");
            b.UseSetting("AzureAd:ClientSecret", "test-secret");
            b.UseSetting("AzureAd:TenantId", "test-tenant");
        });
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });

        // 1. The app sends the browser to the provider: code flow, PKCE with S256, a nonce.
        var challenge = await browser.GetAsync("/account/sign-in?returnUrl=%2Fdecisions");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith(provider.Issuer + "/authorize", authorize.ToString(), StringComparison.Ordinal);
        var query = System.Web.HttpUtility.ParseQueryString(authorize.Query);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.False(string.IsNullOrEmpty(query["code_challenge"]));
        Assert.False(string.IsNullOrEmpty(query["nonce"]));

        // 2. The provider signs the user in and sends the browser back with a code.
        using var toProvider = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var callback = (await toProvider.GetAsync(authorize)).Headers.Location!;
        Assert.StartsWith("https://localhost/signin-oidc?", callback.ToString(), StringComparison.Ordinal);

        // 3. The app redeems the code (the provider checks the PKCE verifier) and starts a session.
        var signedIn = await browser.GetAsync(callback.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/decisions", signedIn.Headers.Location!.OriginalString);
        Assert.Contains(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-rr-session=", StringComparison.Ordinal)
            && c.Contains("secure", StringComparison.OrdinalIgnoreCase) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));

        // 4. The roles claim is the app's role: the Chief Statistician's pages open, a researcher's do not.
        var queue = await browser.GetAsync("/decisions");
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        Assert.Contains("Sign out (Helen Marsh)", await queue.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/queue")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/api/applications")).StatusCode);
    }
}
