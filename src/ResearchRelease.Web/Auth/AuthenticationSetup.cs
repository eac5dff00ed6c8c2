using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Identity.Web;
using ResearchRelease.Web.Infrastructure;

namespace ResearchRelease.Web.Auth;

/// <summary>
/// Production: Microsoft.Identity.Web against Entra ID (staff, with app roles) or Entra External ID
/// (researchers), configured from the <c>AzureAd</c> section. Development: persona sign-in, which must
/// never run anywhere else — the app refuses to start if it is switched on outside Development.
/// </summary>
public static class AuthenticationSetup
{
    public const string PersonaSelector = "PersonaOrCookie";
    private const string PagesOrApi = "PagesOrApi";

    /// <summary>How long a session lasts without use (sliding): the cookie's lifetime and its server-side row's.</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    public static void AddResearchReleaseAuthentication(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<RecentSignInOptions>(builder.Configuration, RecentSignInOptions.Section);
        builder.Services.AddSingleton<RecentSignIn>();
        // Server-side sessions (ADR 0013) on the one cookie scheme that both persona sign-in and Identity.Web's OpenID
        // Connect sign-in write to, so every sign-in path gets them.
        builder.Services.AddSingleton<DatabaseTicketStore>();
        builder
            .Services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<DatabaseTicketStore>((o, store) => o.SessionStore = store);
        var personas = builder.Configuration.GetValue<bool>("Authentication:DevelopmentPersonas");
        if (personas && !builder.Environment.IsDevelopment())
            throw new InvalidOperationException(
                "Authentication:DevelopmentPersonas is on outside the Development environment. Persona sign-in is for local use only; turn it off."
            );

        if (personas)
        {
            builder
                .Services.AddAuthentication(o =>
                {
                    o.DefaultScheme = PersonaSelector;
                    o.DefaultChallengeScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                })
                .AddPolicyScheme(PersonaSelector, "Persona header or cookie", o =>
                    o.ForwardDefaultSelector = context =>
                        context.Request.Headers.ContainsKey(DevelopmentPersonas.HeaderName)
                            ? DevelopmentPersonas.Scheme
                            : CookieAuthenticationDefaults.AuthenticationScheme
                )
                .AddScheme<AuthenticationSchemeOptions, PersonaHeaderHandler>(DevelopmentPersonas.Scheme, _ => { })
                .AddCookie(o =>
                {
                    ConfigureCookie(o, developmentHttp: true);
                    o.LoginPath = "/dev/sign-in";
                });
            return;
        }

        builder
            .Services.AddAuthentication(o =>
            {
                o.DefaultScheme = OpenIdConnectDefaults.AuthenticationScheme;
                o.DefaultChallengeScheme = PagesOrApi;
            })
            // An API call without a session is answered 401 by the cookie scheme without asking the provider anything,
            // so it stays 401 while the provider is unreachable (OpenID Connect fetches its discovery document first).
            .AddPolicyScheme(PagesOrApi, "Pages sign in with OpenID Connect, the API answers 401", o =>
                o.ForwardDefaultSelector = context =>
                    ApiPaths.IsApi(context.Request)
                        ? CookieAuthenticationDefaults.AuthenticationScheme
                        : OpenIdConnectDefaults.AuthenticationScheme
            );
        builder
            .Services.AddAuthentication()
            .AddMicrosoftIdentityWebApp(
                options =>
                {
                    builder.Configuration.Bind("AzureAd", options);
                    // Without this Identity.Web asks for the implicit flow; the code flow with PKCE is what we want.
                    options.ResponseType = "code";
                    options.UsePkce = true;
                    options.Events ??= new OpenIdConnectEvents();
                    options.Events.OnRedirectToIdentityProvider = context =>
                    {
                        // Where the user lands after signing in. The handler fills it from the request's own path when no
                        // one set it, and a path such as "//evil.com" is another site to a browser: the state carries
                        // only a local URL, whoever set it.
                        context.Properties.RedirectUri = LocalUrl.OrHome(context.Properties.RedirectUri);
                        // An API call without a session gets 401, not a redirect to a sign-in page.
                        if (ApiPaths.IsApi(context.Request))
                        {
                            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                            context.HandleResponse();
                        }
                        return Task.CompletedTask;
                    };
                    options.Events.OnTokenValidated = RecordAuthenticationTime;
                },
                o => ConfigureCookie(o, developmentHttp: false)
            );
    }

    /// <summary>
    /// Keeps the provider's auth_time (when the user last proved who they are) as a claim of the session; when the
    /// provider sends none, the time the app received the token is the best it can know.
    /// </summary>
    private static Task RecordAuthenticationTime(TokenValidatedContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity)
            return Task.CompletedTask;
        object? fromToken = null;
        var raw = identity.FindFirst(RecentSignIn.ClaimType)?.Value
            ?? (
                context.SecurityToken?.Payload.TryGetValue(RecentSignIn.ClaimType, out fromToken) == true
                    ? Convert.ToString(fromToken, CultureInfo.InvariantCulture)
                    : null
            );
        foreach (var claim in identity.FindAll(RecentSignIn.ClaimType).ToList())
            identity.RemoveClaim(claim);
        var at = long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        identity.AddClaim(RecentSignIn.ClaimFor(at));
        return Task.CompletedTask;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions o, bool developmentHttp)
    {
        // Locally the app runs on plain http://localhost, where a Secure/__Host- cookie would be dropped.
        o.Cookie.Name = developmentHttp ? "rr-session" : "__Host-rr-session";
        o.Cookie.HttpOnly = true;
        o.Cookie.SecurePolicy = developmentHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.ExpireTimeSpan = SessionLifetime;
        o.SlidingExpiration = true;
        o.AccessDeniedPath = "/access-denied";
        o.Events.OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized);
        o.Events.OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden);
    }

    private static Task ApiAware(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (ApiPaths.IsApi(context.Request))
            context.Response.StatusCode = status;
        else
            context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

public static class ApiPaths
{
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
