using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Security;

/// <summary>
/// Signing a decision demands a recent sign-in, with persona sign-in (Development): the session's auth_time is the
/// moment of the persona sign-in, and the app's clock (a FakeTimeProvider) moves past the limit. The same rule against
/// a real OpenID Connect provider is in <see cref="ProductionSignInTests"/>.
/// </summary>
public sealed class RecentSignInTests
{
    private static readonly KeyValuePair<string, string>[] Approval =
    [
        new("Input.Outcome", "approve"),
        new("Input.EndDay", "31"),
        new("Input.EndMonth", "3"),
        new("Input.EndYear", "2029"),
    ];

    [Fact]
    public async Task A_stale_persona_session_signs_in_again_and_returns_to_the_review_page()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var database = TestDatabase.Sqlite();
        await using var app = new AppFactory(database, s => s.AddSingleton<TimeProvider>(clock));
        var (id, _) = await ApiClient.SubmitAndWaitAsync(app.ClientFor(Personas.Researcher), "pub-01");
        var browser = app.ClientFor(null);
        await SignInAsPersonaAsync(browser, "/dev/sign-in?returnUrl=%2Fdecisions");

        clock.Advance(TimeSpan.FromMinutes(11));
        var review = await HtmlForms.SubmitAsync(browser, $"/decisions/{id}", "form[action*='handler=Review']", Approval);
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await review.Content.ReadAsStringAsync());
        var sign = await HtmlForms.SubmitAsync(
            browser,
            page,
            $"/decisions/{id}",
            "form[action*='handler=Sign']",
            [new("confirmed", "true")]
        );

        Assert.Equal(HttpStatusCode.Redirect, sign.StatusCode);
        var signIn = sign.Headers.Location!.OriginalString;
        Assert.Contains("/dev/sign-in?ReturnUrl=" + Uri.EscapeDataString($"/decisions/{id}?resume=true"), signIn, StringComparison.Ordinal);
        Assert.Equal(
            "AwaitingDecision",
            (await ApiClient.GetAsync(app.ClientFor(Personas.Researcher), id)).GetProperty("status").GetString()
        );

        var back = await SignInAsPersonaAsync(browser, new Uri(signIn).PathAndQuery);
        Assert.Equal($"/decisions/{id}?resume=true", back);
        var resumed = await HtmlForms.GetPageAsync(browser, back);
        Assert.NotNull(resumed.QuerySelector("#resumed"));
        var signed = await HtmlForms.SubmitAsync(browser, resumed, back, "form[action*='handler=Sign']", [new("confirmed", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        Assert.StartsWith($"/decisions/{id}?decided=", signed.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal("Approved", (await ApiClient.GetAsync(app.ClientFor(Personas.Researcher), id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_limit_is_configurable()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var database = TestDatabase.Sqlite();
        await using var app = new AppFactory(database, s => s.AddSingleton<TimeProvider>(clock));
        await using var lenient = app.WithWebHostBuilder(b => b.UseSetting("Authentication:RecentSignIn:MaxAgeMinutes", "30"));
        var researcher = lenient.CreateClient();
        researcher.DefaultRequestHeaders.Add("X-Dev-Persona", Personas.Researcher);
        var (id, _) = await ApiClient.SubmitAndWaitAsync(researcher, "pub-01");
        var browser = lenient.CreateClient(
            new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
            {
                AllowAutoRedirect = false,
                BaseAddress = new Uri("https://localhost"),
            }
        );
        await SignInAsPersonaAsync(browser, "/dev/sign-in?returnUrl=%2Fdecisions");

        clock.Advance(TimeSpan.FromMinutes(11));
        var review = await HtmlForms.SubmitAsync(browser, $"/decisions/{id}", "form[action*='handler=Review']", Approval);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await review.Content.ReadAsStringAsync());
        var sign = await HtmlForms.SubmitAsync(
            browser,
            page,
            $"/decisions/{id}",
            "form[action*='handler=Sign']",
            [new("confirmed", "true")]
        );
        Assert.StartsWith($"/decisions/{id}?decided=", sign.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>Signs in as the Chief Statistician persona through the sign-in page; returns where the app sends the browser.</summary>
    private static async Task<string> SignInAsPersonaAsync(HttpClient browser, string signInUrl)
    {
        var response = await HtmlForms.SubmitAsync(browser, signInUrl, "form:not([action])", [new("persona", Personas.ChiefStatistician)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }
}
