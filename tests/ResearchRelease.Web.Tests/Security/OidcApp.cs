using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Security;

/// <summary>
/// The app with persona sign-in off and Microsoft.Identity.Web pointed at a local OpenID Connect provider. Only what
/// cannot work offline is overridden, for these tests only: the authority and metadata (loopback, plain HTTP), the
/// issuer (Entra's issuer validator would refuse the mock's) and the response mode (the mock answers by query only).
/// </summary>
public sealed class OidcApp : IAsyncDisposable
{
    private readonly TestDatabase _database;

    private OidcApp(OidcProvider provider, TestDatabase database, WebApplicationFactory<Program> app)
    {
        Provider = provider;
        _database = database;
        App = app;
    }

    public OidcProvider Provider { get; }
    public WebApplicationFactory<Program> App { get; }

    public static async Task<OidcApp> StartAsync(IReadOnlyDictionary<string, string> providerSettings)
    {
        var provider = await OidcProvider.StartAsync(providerSettings);
        var database = TestDatabase.Sqlite();
        var app = new AppFactory(database, services =>
            services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o =>
            {
                o.Authority = provider.Issuer;
                o.MetadataAddress = provider.Issuer + "/.well-known/openid-configuration";
                o.RequireHttpsMetadata = false;
                o.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(
                    o.MetadataAddress,
                    new OpenIdConnectConfigurationRetriever(),
                    new HttpDocumentRetriever { RequireHttps = false }
                );
                o.TokenValidationParameters.IssuerValidator = null;
                o.TokenValidationParameters.ValidIssuer = provider.Issuer;
                o.ResponseMode = OpenIdConnectResponseMode.Query;
            })
        ).WithWebHostBuilder(b =>
        {
            b.UseSetting("Authentication:DevelopmentPersonas", "false");
            b.UseSetting("AzureAd:ClientId", "researchrelease-test");
            b.UseSetting("AzureAd:ClientSecret", "test-secret");
            b.UseSetting("AzureAd:TenantId", "test-tenant");
        });
        return new OidcApp(provider, database, app);
    }

    /// <summary>A browser: cookies kept, redirects not followed, so each step of the flow can be checked.</summary>
    public HttpClient Browser() =>
        App.CreateClient(
            new WebApplicationFactoryClientOptions
            {
                AllowAutoRedirect = false,
                HandleCookies = true,
                BaseAddress = new Uri("https://localhost"),
            }
        );

    /// <summary>The provider's side of a redirect: it signs the user in (or out) and answers with where to go next.</summary>
    public static async Task<Uri> AtProviderAsync(Uri url)
    {
        using var toProvider = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var answer = await toProvider.GetAsync(url);
        Assert.Equal(HttpStatusCode.Found, answer.StatusCode);
        return answer.Headers.Location!;
    }

    /// <summary>Sends the browser through the provider and back: returns the app's answer to the callback.</summary>
    public async Task<HttpResponseMessage> CompleteAtProviderAsync(HttpClient browser, Uri authorize)
    {
        var callback = await AtProviderAsync(authorize);
        Assert.StartsWith("https://localhost/signin-oidc?", callback.ToString(), StringComparison.Ordinal);
        return await browser.GetAsync(callback.PathAndQuery);
    }

    public async Task SignInAsync(HttpClient browser, string returnUrl = "/decisions")
    {
        var challenge = await browser.GetAsync("/account/sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var signedIn = await CompleteAtProviderAsync(browser, challenge.Headers.Location!);
        Assert.Equal(returnUrl, signedIn.Headers.Location!.OriginalString);
    }

    /// <summary>
    /// An application waiting for a decision, made through the app's own service (persona sign-in is off here, so
    /// there is no researcher to sign in as); the real workflow screens it.
    /// </summary>
    public async Task<Guid> AwaitingDecisionAsync()
    {
        var form = JsonSerializer.Deserialize<ApplicationForm>(ExampleCases.ApplicationJson("pub-01"), EventSerializer.Options)!;
        var researcher = new Actor("oidc-researcher-1", "Dr Priya Shah", "p.shah@example.ac.uk", ActorRole.Researcher);
        Guid id;
        using (var scope = App.Services.CreateScope())
        {
            var service = scope.ServiceProvider.GetRequiredService<ApplicationService>();
            id = (await service.CreateDraftAsync(researcher, form, CancellationToken.None))!.Value.Id;
            await scope
                .ServiceProvider.GetRequiredService<ResearchRelease.Web.Attachments.AttachmentStore>()
                .SaveAsync(
                    id,
                    SubmissionEvidence.EthicsLetter,
                    "ethics-approval.pdf",
                    ApiClient.OnePagePdf(),
                    researcher.Name,
                    CancellationToken.None
                );
            Assert.True((await service.SubmitAsync(researcher, id, null, CancellationToken.None)).Succeeded);
        }
        await Poll.UntilAsync(
            () => StatusAsync(id),
            s => s == ApplicationStatus.AwaitingDecision,
            s => $"{id} is {s}, never awaiting decision."
        );
        return id;
    }

    public async Task<ApplicationStatus?> StatusAsync(Guid id)
    {
        using var scope = App.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<ApplicationStore>().LoadAsync(id, CancellationToken.None))?.State.Status;
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        _database.Dispose();
        await Provider.DisposeAsync();
    }
}
