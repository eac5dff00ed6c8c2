using System.Net;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Security;

/// <summary>
/// In production with the identity provider unreachable, the public pages (start, verify, the public register) work as
/// usual, and what does need the provider (signing in, a protected page) says the service is unavailable: never a 500.
/// </summary>
public sealed class UnreachableProviderTests
{
    [Fact]
    public async Task Public_pages_answer_and_sign_in_is_unavailable_not_an_error()
    {
        using var db = TestDatabase.Sqlite();
        await using var app = new AppFactory(db).WithWebHostBuilder(b => b.UseProduction());
        var client = app.CreateClient(
            new()
            {
                BaseAddress = new Uri("https://researchrelease.test"),
                AllowAutoRedirect = false,
                HandleCookies = true,
            }
        );

        foreach (
            var page in new[]
            {
                "/",
                "/verify",
                "/register",
                "/register?q=pupil",
                "/verify/RR-XXXX-XXXX-XXXX",
                "/register.csv",
                "/status/404",
            }
        )
        {
            var response = await client.GetAsync(page);
            Assert.True(
                response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound,
                $"GET {page} answered {(int)response.StatusCode}"
            );
        }

        // The verify page's own form still works: a refused upload is the page again, not an error.
        var verify = await HtmlForms.GetPageAsync(client, "/verify");
        var form = verify.QuerySelector("#upload-form")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent("not a pdf"u8.ToArray()), "upload", "letter.pdf" },
        };
        var refused = await client.PostAsync("/verify", upload);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        foreach (var needsProvider in new[] { "/account/sign-in?returnUrl=%2Fapplications", "/applications", "/decisions" })
        {
            var response = await client.GetAsync(needsProvider);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains("Sorry, the service is unavailable", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/applications")).StatusCode);
    }
}
