using System.Net;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Security;

/// <summary>Every answer carries the security headers; the CSP allows nothing inline and no framing.</summary>
public sealed class HeaderTests(SqliteSharedApp shared) : IClassFixture<SqliteSharedApp>
{
    [Theory]
    [InlineData(null, "/")]
    [InlineData(null, "/dev/sign-in")]
    [InlineData(null, "/api/applications")]
    [InlineData(Personas.Researcher, "/applications")]
    [InlineData(Personas.Researcher, "/api/applications")]
    [InlineData(Personas.ChiefStatistician, "/decisions")]
    [InlineData(Personas.Compliance, "/compliance")]
    [InlineData(null, "/no-such-page")]
    public async Task Pages_and_api_answers_carry_the_security_headers(string? persona, string url)
    {
        var response = await shared.App.ClientFor(persona).GetAsync(url);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        // Development runs on plain http://localhost, where HSTS would pin the developer's browser.
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Pages_have_no_inline_script_or_style_for_the_policy_to_block()
    {
        var html = await shared.App.ClientFor(null).GetStringAsync("/dev/sign-in");
        Assert.DoesNotContain("style=\"", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<script type=\"module\" src=\"/js/init.js\"></script>", html, StringComparison.Ordinal);
        Assert.Single(html.Split("<script").Skip(1));
    }

    [Fact]
    public async Task Outside_development_the_answers_carry_hsts()
    {
        using var db = TestDatabase.Sqlite();
        await using var production = new AppFactory(db).WithWebHostBuilder(b =>
            b.UseProduction().UseSetting("AzureAd:Instance", "https://login.microsoftonline.com/")
        );
        var client = production.CreateClient(new() { BaseAddress = new Uri("https://researchrelease.test"), AllowAutoRedirect = false });
        // (HSTS is never sent for localhost, so the request names a real host.)
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("max-age=31536000", Header(response, "Strict-Transport-Security"), StringComparison.Ordinal);
        Assert.Contains(
            "form-action 'self' https://login.microsoftonline.com",
            Header(response, "Content-Security-Policy"),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Session_and_antiforgery_cookies_are_http_only_and_same_site()
    {
        var client = shared.App.ClientFor(null);
        var page = await HtmlForms.GetPageAsync(client, "/dev/sign-in");
        var response = await HtmlForms.SubmitAsync(client, page, "/dev/sign-in", "main form", [new("persona", Personas.Researcher)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var session = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("rr-session=", StringComparison.Ordinal));
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", session, StringComparison.OrdinalIgnoreCase);
        // A client with no cookies yet is sent the antiforgery cookie with the form; it must be there to be checked.
        var fresh = await shared.App.ClientFor(null).GetAsync(new Uri("/dev/sign-in", UriKind.Relative));
        var antiforgery = Assert.Single(fresh.Headers.GetValues("Set-Cookie"), c =>
            c.StartsWith("rr-antiforgery=", StringComparison.Ordinal)
        );
        Assert.Contains("httponly", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(",", content)
        : throw new Xunit.Sdk.XunitException($"{name} is missing from {response.RequestMessage?.RequestUri}");
}
