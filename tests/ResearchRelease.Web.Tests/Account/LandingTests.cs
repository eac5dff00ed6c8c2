using System.Net;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Account;

/// <summary>Each persona lands on its own start page after signing in; an address nothing answers is a 404 for everyone.</summary>
public sealed class LandingTests(SqliteSharedApp shared) : IClassFixture<SqliteSharedApp>
{
    public static TheoryData<string, string> StartPages() =>
        new()
        {
            { Personas.Researcher, "/applications" },
            { Personas.ChiefStatistician, "/decisions" },
            { Personas.Deputy, "/decisions" },
            { Personas.Compliance, "/compliance" },
            { Personas.Admin, "/compliance/process/instances" },
        };

    [Theory]
    [MemberData(nameof(StartPages))]
    public async Task Signing_in_without_a_page_to_return_to_lands_on_the_persona_s_start_page(string persona, string page)
    {
        var browser = shared.App.ClientFor(null);
        var link = await browser.GetAsync("/account/sign-in");
        Assert.Equal("/dev/sign-in?returnUrl=%2Fstart", link.Headers.Location!.OriginalString);

        var signedIn = await HtmlForms.SubmitAsync(
            browser,
            "/dev/sign-in?returnUrl=%2Fstart",
            "form:not([action])",
            [new("persona", persona)]
        );
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(page, signedIn.Headers.Location!.OriginalString);

        var start = await shared.App.ClientFor(persona).GetAsync("/start");
        Assert.Equal(page, start.Headers.Location!.OriginalString);
        // The start page is one the persona may open, not "You do not have access". A deputy opens it only while
        // designated (none is, here); the access-denied page then says exactly that.
        var landed = await shared.App.ClientFor(persona).GetAsync(page);
        if (persona != Personas.Deputy)
            Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Personas.Researcher)]
    public async Task An_unknown_address_is_page_not_found_not_sign_in(string? persona)
    {
        var response = await shared.App.ClientFor(persona).GetAsync("/no-such-page/anywhere");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
