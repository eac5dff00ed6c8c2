using System.Net;
using Microsoft.AspNetCore.Hosting;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Security;

/// <summary>Who may do what: anonymous, the owner, another researcher, the Chief Statistician, compliance.</summary>
public abstract class AccessTests(SharedApp shared)
{
    [SkippableTheory]
    [InlineData("GET", "/api/applications")]
    [InlineData("POST", "/api/applications")]
    [InlineData("GET", "/api/queue")]
    [InlineData("GET", "/api/decisions")]
    public async Task Anonymous_api_calls_are_401(string method, string url)
    {
        var response = await shared.App.ClientFor(null).SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [SkippableTheory]
    [InlineData("/applications")]
    [InlineData("/decisions")]
    [InlineData("/compliance")]
    public async Task Anonymous_pages_redirect_to_sign_in(string url)
    {
        var response = await shared.App.ClientFor(null).GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/dev/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("/")]
    [InlineData("/health")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/dev/sign-in")]
    public async Task Public_pages_are_open(string url) =>
        Assert.Equal(HttpStatusCode.OK, (await shared.App.ClientFor(null).GetAsync(url)).StatusCode);

    [SkippableTheory]
    [InlineData(Personas.Researcher, "/api/queue", HttpStatusCode.Forbidden)]
    [InlineData(Personas.Researcher, "/api/decisions", HttpStatusCode.Forbidden)]
    [InlineData(Personas.Compliance, "/api/queue", HttpStatusCode.Forbidden)]
    [InlineData(Personas.ChiefStatistician, "/api/decisions", HttpStatusCode.Forbidden)]
    [InlineData(Personas.ChiefStatistician, "/api/applications", HttpStatusCode.Forbidden)]
    [InlineData(Personas.ChiefStatistician, "/applications", HttpStatusCode.Redirect)]
    [InlineData(Personas.Researcher, "/decisions", HttpStatusCode.Redirect)]
    [InlineData(Personas.Researcher, "/compliance", HttpStatusCode.Redirect)]
    public async Task Wrong_role_is_refused(string persona, string url, HttpStatusCode expected)
    {
        var response = await shared.App.ClientFor(persona).GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect)
            Assert.Contains("/access-denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Researchers_see_only_their_own_applications_and_letters()
    {
        var owner = shared.App.ClientFor(Personas.Researcher);
        var other = shared.App.ClientFor(Personas.Researcher2);
        var (id, _) = await ApiClient.CreateAsync(owner, ExampleCases.ApplicationJson("pub-01"));

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/applications/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/applications/{id}/letter.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/applications/{id}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsync($"/api/applications/{id}", ApiClient.Json("{}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/applications/{id}")).StatusCode);
        var list = await other.GetStringAsync("/api/applications");
        Assert.DoesNotContain(id.ToString(), list, StringComparison.Ordinal);
        // A draft is the researcher's own business until it is submitted.
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await shared.App.ClientFor(Personas.ChiefStatistician).GetAsync($"/api/applications/{id}")).StatusCode
        );
    }

    [SkippableFact]
    public async Task Only_the_chief_statistician_decides_and_compliance_changes_nothing()
    {
        var researcher = shared.App.ClientFor(Personas.Researcher);
        var (id, _) = await ApiClient.SubmitAndWaitAsync(researcher, "pub-01");
        var decision = new { outcome = "approve", endDate = "2029-03-31" };
        Assert.Equal(HttpStatusCode.Forbidden, (await ApiClient.DecideAsync(researcher, id, decision)).StatusCode);
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await ApiClient.DecideAsync(shared.App.ClientFor(Personas.Compliance), id, decision)).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await shared.App.ClientFor(Personas.Compliance).PostAsync($"/api/applications/{id}/submit", null)).StatusCode
        );
        Assert.Equal("AwaitingDecision", (await ApiClient.GetAsync(researcher, id)).GetProperty("status").GetString());
    }

    [SkippableFact]
    public async Task An_unknown_persona_header_is_not_signed_in()
    {
        var client = shared.App.ClientFor("chief-statistician-please");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/queue")).StatusCode);
    }

    [SkippableFact]
    public void Persona_sign_in_refuses_to_start_outside_development()
    {
        using var db = TestDatabase.Sqlite();
        using var production = new AppFactory(db).WithWebHostBuilder(b => b.UseEnvironment("Production"));
        var error = Assert.ThrowsAny<Exception>(() => production.CreateClient());
        Assert.Contains("DevelopmentPersonas", error.ToString(), StringComparison.Ordinal);
    }
}

public sealed class AccessOnSqlite(SqliteSharedApp shared) : AccessTests(shared), IClassFixture<SqliteSharedApp>;

public sealed class AccessOnPostgres(PostgresSharedApp shared) : AccessTests(shared), IClassFixture<PostgresSharedApp>;
