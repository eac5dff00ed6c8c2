using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Security;

/// <summary>
/// The real cookie path, as a browser (and someone who copied its cookie) would use it: the persona sign-in form with
/// its antiforgery token, the session cookie read from Set-Cookie, and requests that carry nothing but that cookie.
/// </summary>
public static class SessionCookies
{
    public const string Name = "rr-session";

    /// <summary>Signs in through /dev/sign-in; returns the browser (it keeps its cookies) and its session cookie's value.</summary>
    public static async Task<(HttpClient Browser, string Cookie)> SignInAsync(WebApplicationFactory<Program> app, string persona)
    {
        var browser = app.CreateClient(
            new WebApplicationFactoryClientOptions
            {
                AllowAutoRedirect = false,
                HandleCookies = true,
                BaseAddress = new Uri("https://localhost"),
            }
        );
        var response = await HtmlForms.SubmitAsync(browser, "/dev/sign-in", "main form", [new("persona", persona)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (browser, ValueOf(response, Name));
    }

    public static string ValueOf(HttpResponseMessage response, string cookieName)
    {
        var header = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(cookieName + "=", StringComparison.Ordinal));
        return header[(cookieName.Length + 1)..header.IndexOf(';', StringComparison.Ordinal)];
    }

    /// <summary>A request carrying only the copied cookie, from a client that keeps no cookies of its own.</summary>
    public static async Task<HttpResponseMessage> ReplayAsync(
        WebApplicationFactory<Program> app,
        string url,
        string cookie,
        string cookieName = Name
    )
    {
        using var client = app.CreateClient(
            new WebApplicationFactoryClientOptions
            {
                AllowAutoRedirect = false,
                HandleCookies = false,
                BaseAddress = new Uri("https://localhost"),
            }
        );
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", $"{cookieName}={cookie}");
        return await client.SendAsync(request);
    }

    /// <summary>The stored session rows of one user, read straight from the database.</summary>
    public static async Task<List<AuthSession>> RowsAsync(WebApplicationFactory<Program> app, string subject)
    {
        using var scope = app.Services.CreateScope();
        return await scope
            .ServiceProvider.GetRequiredService<AppDbContext>()
            .AuthSessions.AsNoTracking()
            .Where(s => s.Subject == subject)
            .ToListAsync();
    }

    /// <summary>Where a page answer sends the caller: "sign-in" for the sign-in page, else the status code.</summary>
    public static string Outcome(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect
        && response.Headers.Location!.OriginalString.Contains("/dev/sign-in", StringComparison.Ordinal)
            ? "sign-in"
            : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
