using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Tests.Infrastructure;
using static ResearchRelease.Web.Tests.Security.SessionCookies;

namespace ResearchRelease.Web.Tests.Security;

/// <summary>
/// Server-side sessions over the real cookie path (persona sign-in form, the session cookie, no persona header): the
/// cookie holds only a key, the ticket is stored encrypted, and signing out ends the session for every copy of the
/// cookie. Each test uses its own persona, so their rows never mix in the shared app.
/// </summary>
public abstract class ServerSessionTests(SessionApp fixture)
{
    [SkippableFact]
    public async Task A_copied_cookie_is_signed_out_with_the_browser_it_came_from()
    {
        var app = fixture.App;
        var (browser, cookie) = await SignInAsync(app, Personas.Researcher);
        Assert.Equal("200", Outcome(await ReplayAsync(app, "/applications", cookie)));
        Assert.Equal(HttpStatusCode.OK, (await ReplayAsync(app, "/api/applications", cookie)).StatusCode);
        Assert.Single(await RowsAsync(app, "dev-researcher-1"));

        var signOut = await HtmlForms.SubmitAsync(browser, "/applications", "form[action='/account/sign-out']", []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        Assert.Empty(await RowsAsync(app, "dev-researcher-1"));
        Assert.Equal("sign-in", Outcome(await ReplayAsync(app, "/applications", cookie)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await ReplayAsync(app, "/api/applications", cookie)).StatusCode);
        Assert.Equal("sign-in", Outcome(await browser.GetAsync("/applications")));
    }

    [SkippableFact]
    public async Task The_cookie_holds_only_a_key_and_the_stored_ticket_is_encrypted()
    {
        var app = fixture.App;
        var (_, cookie) = await SignInAsync(app, Personas.Compliance);

        // 304 characters measured with the store (Data Protection adds most of it); the whole six-claim ticket was 838.
        Assert.True(cookie.Length < 400, $"The session cookie is {cookie.Length} characters.");
        var row = Assert.Single(await RowsAsync(app, "dev-compliance"));
        Assert.Equal(64, row.KeyHash.Length);
        foreach (var plain in new[] { "Sam Okafor", "sam.okafor@education.gov.uk", "ComplianceOfficer", "dev-compliance" })
        {
            Assert.False(Contains(row.Ticket, Encoding.UTF8.GetBytes(plain)), $"'{plain}' is readable in the stored ticket.");
            Assert.False(Contains(row.Ticket, Encoding.Unicode.GetBytes(plain)), $"'{plain}' is readable (UTF-16) in the stored ticket.");
        }

        // It is the real ticket, readable only through the app's Data Protection key ring.
        var protector = app
            .Services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector("ResearchRelease.Web.Auth.DatabaseTicketStore.v1");
        var ticket = TicketSerializer.Default.Deserialize(protector.Unprotect(row.Ticket))!;
        Assert.Equal("Sam Okafor", ticket.Principal.FindFirst("name")?.Value);
        Assert.True(row.ExpiresAt > row.CreatedAt);
    }

    [SkippableFact]
    public async Task An_expired_session_is_refused_and_removed_and_use_keeps_it_alive()
    {
        var app = fixture.App;
        var (_, cookie) = await SignInAsync(app, Personas.ChiefStatistician);
        var signedInUntil = Assert.Single(await RowsAsync(app, "dev-chief-statistician")).ExpiresAt;

        // Used after seven of its eight hours, the session slides: the stored row is renewed (the same key).
        fixture.Clock.Advance(TimeSpan.FromHours(7));
        Assert.Equal("200", Outcome(await ReplayAsync(app, "/decisions", cookie)));
        var renewed = Assert.Single(await RowsAsync(app, "dev-chief-statistician"));
        Assert.True(
            renewed.ExpiresAt > signedInUntil.AddHours(6),
            $"Expiry {renewed.ExpiresAt:O} was not moved on from {signedInUntil:O}."
        );
        Assert.True(renewed.RenewedAt > renewed.CreatedAt);

        // Left unused past its (renewed) end: refused, and its row is gone.
        fixture.Clock.Advance(TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1));
        Assert.Equal("sign-in", Outcome(await ReplayAsync(app, "/decisions", cookie)));
        Assert.Empty(await RowsAsync(app, "dev-chief-statistician"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await ReplayAsync(app, "/api/queue", cookie)).StatusCode);
    }

    [SkippableFact]
    public async Task Signing_out_one_session_leaves_the_others_and_all_devices_ends_every_one()
    {
        var app = fixture.App;
        var (laptop, laptopCookie) = await SignInAsync(app, Personas.Researcher2);
        var (phone, phoneCookie) = await SignInAsync(app, Personas.Researcher2);
        var (_, tabletCookie) = await SignInAsync(app, Personas.Researcher2);
        Assert.Equal(3, (await RowsAsync(app, "dev-researcher-2")).Count);

        await HtmlForms.SubmitAsync(laptop, "/applications", "form[action='/account/sign-out']", []);
        Assert.Equal("sign-in", Outcome(await ReplayAsync(app, "/applications", laptopCookie)));
        Assert.Equal("200", Outcome(await ReplayAsync(app, "/applications", phoneCookie)));
        Assert.Equal("200", Outcome(await ReplayAsync(app, "/applications", tabletCookie)));
        Assert.Equal(2, (await RowsAsync(app, "dev-researcher-2")).Count);

        // "Sign out of all devices" on the sign-out page: a POST with the page's antiforgery token.
        var page = await HtmlForms.GetPageAsync(phone, "/account/sign-out");
        var everywhere = page.QuerySelector("button[formaction*='handler=Everywhere']")!.GetAttribute("formaction")!;
        var token = ((IHtmlInputElement)page.QuerySelector("main form input[name='__RequestVerificationToken']")!).Value;
        var ended = await phone.PostAsync(everywhere, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);

        Assert.Empty(await RowsAsync(app, "dev-researcher-2"));
        Assert.Equal("sign-in", Outcome(await ReplayAsync(app, "/applications", phoneCookie)));
        Assert.Equal("sign-in", Outcome(await ReplayAsync(app, "/applications", tabletCookie)));
        Assert.Contains(
            "You have signed out",
            await (await phone.GetAsync("/account/sign-out")).Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
    }

    [SkippableFact]
    public async Task Sign_out_of_all_devices_without_a_token_is_refused_and_ends_nothing()
    {
        var app = fixture.App;
        var (browser, cookie) = await SignInAsync(app, Personas.Deputy);
        var refused = await browser.PostAsync("/account/sign-out?handler=Everywhere", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Single(await RowsAsync(app, "dev-deputy"));
        // Still signed in: the undesignated deputy is sent to "access denied", not to sign-in.
        var stillIn = await ReplayAsync(app, "/decisions", cookie);
        Assert.Contains("/access-denied", stillIn.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}

public sealed class ServerSessionsOnSqlite(SqliteSessionApp fixture) : ServerSessionTests(fixture), IClassFixture<SqliteSessionApp>;

public sealed class ServerSessionsOnPostgres(PostgresSessionApp fixture) : ServerSessionTests(fixture), IClassFixture<PostgresSessionApp>;
