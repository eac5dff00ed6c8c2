using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Web.Tests.Journeys;

namespace ResearchRelease.Web.Tests.Api;

/// <summary>Bad input always gets a 400 problem-details body naming the field, and nothing is stored.</summary>
public abstract class BadInputTests(SharedApp shared)
{
    private readonly HttpClient _researcher = shared.App.ClientFor(Personas.Researcher);

    [SkippableTheory]
    [InlineData("{ not json", "body")]
    [InlineData("[]", "body")]
    [InlineData("{\"project\": {\"title\": 42}}", "project.title")]
    [InlineData("{\"project\": {\"activity\": \"marketing\"}}", "project.activity")]
    [InlineData("{\"organisation\": {\"type\": \"pirate\"}}", "organisation.type")]
    [InlineData("{\"settings\": {\"retentionEnd\": \"31/03/2029\"}}", "settings.retentionEnd")]
    [InlineData("{\"namedUsers\": {\"name\": \"x\"}}", "namedUsers")]
    [InlineData("{\"project\": {\"usedForDecisionsAboutIndividuals\": \"maybe\"}}", "project.usedForDecisionsAboutIndividuals")]
    public async Task Malformed_application_is_a_400_naming_the_field_and_stores_nothing(string body, string field)
    {
        var before = await CountAsync();
        var response = await _researcher.PostAsync("/api/applications", ApiClient.Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name '{field}': {problem}");
        Assert.Equal(before, await CountAsync());
    }

    [SkippableFact]
    public async Task Wrong_content_type_is_refused_clearly()
    {
        var response = await _researcher.PostAsync("/api/applications", new StringContent("title=x"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [SkippableTheory]
    [InlineData("{\"outcome\": \"maybe\"}", "outcome")]
    [InlineData("{\"outcome\": \"approve\"}", "endDate")]
    [InlineData("{\"outcome\": \"approve\", \"endDate\": \"2020-01-01\"}", "endDate")]
    [InlineData("{\"outcome\": \"approve\", \"endDate\": \"tomorrow\"}", "endDate")]
    [InlineData("{\"outcome\": \"refuse\"}", "reasons")]
    [InlineData("{\"outcome\": \"approve\", \"conditions\": \"one\"}", "conditions")]
    public async Task Malformed_decision_is_a_400_naming_the_field(string body, string field)
    {
        var (id, _) = await ApiClient.SubmitAndWaitAsync(_researcher, "pub-01");
        var chief = shared.App.ClientFor(Personas.ChiefStatistician);
        var response = await chief.PostAsync($"/api/applications/{id}/decision", ApiClient.Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name '{field}': {problem}");
        Assert.Equal("AwaitingDecision", (await ApiClient.GetAsync(_researcher, id)).GetProperty("status").GetString());
    }

    [SkippableFact]
    public async Task Unknown_ids_are_404_not_500()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _researcher.GetAsync($"/api/applications/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _researcher.PostAsync($"/api/applications/{Guid.NewGuid()}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _researcher.GetAsync("/api/applications/not-a-guid")).StatusCode);
        var compliance = shared.App.ClientFor(Personas.Compliance);
        Assert.Equal(HttpStatusCode.NotFound, (await compliance.GetAsync("/api/decisions/RR-0000-NOPE/record")).StatusCode);
    }

    [SkippableFact]
    public async Task The_form_page_says_what_to_fix()
    {
        var id = await ApplicationFlow.StartAsync(_researcher);
        var email = await ApplicationFlow.AnswerAsync(_researcher, id, "applicant", [new("Input.ApplicantEmail", "not-an-email")]);
        Assert.Equal(HttpStatusCode.BadRequest, email.StatusCode);
        var html = await email.Content.ReadAsStringAsync();
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#ApplicantEmail\"", html, StringComparison.Ordinal);

        var date = await ApplicationFlow.AnswerAsync(
            _researcher,
            id,
            "retention",
            [new("Input.RetentionDay", "31"), new("Input.RetentionMonth", "2"), new("Input.RetentionYear", "2029")]
        );
        Assert.Equal(HttpStatusCode.BadRequest, date.StatusCode);
        Assert.Contains("href=\"#RetentionDay\"", await date.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Nothing bad was stored: the draft still has the signed-in researcher's own email.
        Assert.Equal(
            "p.shah@example.ac.uk",
            (await ApiClient.GetAsync(_researcher, id)).GetProperty("application").GetProperty("applicant").GetProperty("email").GetString()
        );
    }

    [SkippableFact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        var response = await _researcher.PostAsync("/applications/start", new FormUrlEncodedContent([new("Input.Title", "x")]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<int> CountAsync() => (await _researcher.GetFromJsonAsync<JsonElement>("/api/applications")).GetArrayLength();
}

public sealed class BadInputOnSqlite(SqliteSharedApp shared) : BadInputTests(shared), IClassFixture<SqliteSharedApp>;

public sealed class BadInputOnPostgres(PostgresSharedApp shared) : BadInputTests(shared), IClassFixture<PostgresSharedApp>;
