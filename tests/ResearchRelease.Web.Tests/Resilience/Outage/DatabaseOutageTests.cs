using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Web.Tests.Resilience.Crash;

namespace ResearchRelease.Web.Tests.Resilience.Outage;

/// <summary>
/// PostgreSQL stopped under a running app (a server of the test's own, see <see cref="PrivatePostgres"/>): pages
/// answer the "service unavailable" page and the API a 503 problem, with Retry-After; /health says Unhealthy;
/// nothing a refused request touched is half-written. Started again, the same app recovers without a restart:
/// /health turns healthy, the outbox and the workflow carry on, and a submission made just before the outage
/// is screened and can be decided and lettered.
/// </summary>
[LongRunning(15)]
public sealed class DatabaseOutageTests
{
    private static readonly object Approve = new
    {
        outcome = "approve",
        endDate = "2029-03-31",
        reasons = "Sound design.",
    };

    [SkippableFact]
    public async Task While_postgres_is_down_the_app_answers_503_writes_nothing_and_it_recovers_by_itself()
    {
        PrivatePostgres.Require();
        using var server = await PrivatePostgres.StartNewAsync();
        using var database = TestDatabase.PostgresOn(server.ServerConnectionString);
        await using var app = new AppFactory(database);
        var researcher = app.ClientFor(Personas.Researcher);
        var chief = app.ClientFor(Personas.ChiefStatistician);
        var anonymous = app.ClientFor(null);

        var (waiting, _) = await ApiClient.SubmitAndWaitAsync(researcher, "pub-01");
        var (draft, _) = await ApiClient.CreateAsync(researcher, ExampleCases.ApplicationJson("pub-01"));
        var draftPage = await HtmlForms.GetPageAsync(researcher, $"/applications/{draft}/check-answers");
        var (late, _) = await ApiClient.CreateAsync(researcher, ExampleCases.ApplicationJson("pub-01"));
        await ApiClient.SubmitAsync(researcher, late);
        await server.StopAsync(); // right behind the submission: its workflow may still be in flight

        await AssertUnavailablePageAsync(await researcher.GetAsync("/applications"));
        await AssertUnavailablePageAsync(
            await HtmlForms.SubmitAsync(researcher, draftPage, $"/applications/{draft}/check-answers", "#submit-form", [])
        );
        await AssertUnavailableProblemAsync(await researcher.PostAsync($"/api/applications/{draft}/submit", null));
        await AssertUnavailableProblemAsync(
            await researcher.PostAsync("/api/applications", ApiClient.Json(ExampleCases.ApplicationJson("pub-01")))
        );
        await AssertUnavailableProblemAsync(await ApiClient.DecideAsync(chief, waiting, Approve));
        await AssertUnavailableProblemAsync(await researcher.GetAsync($"/api/applications/{waiting}"));
        // Long enough for the outbox dispatcher and the engine's poller to fail a few rounds each.
        for (var i = 0; i < 8; i++)
        {
            var health = await anonymous.GetAsync("/health");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync());
            await Task.Delay(250);
        }

        await server.StartAsync();
        await WaitUntilHealthyAsync(anonymous);

        // Nothing was half-written: the refused submission and creation left no event, no read-model change, no message.
        Assert.Equal("Draft", (await ApiClient.GetAsync(researcher, draft)).GetProperty("status").GetString());
        var afterOutage = await StoredRows.ReadAsync(database);
        Assert.Equal(3, afterOutage.Applications.Count);
        Assert.Single(afterOutage.Events, e => e.Application == draft);
        Assert.DoesNotContain(afterOutage.Outbox, m => m.Application == draft);
        AssertReadModelMatchesEvents(afterOutage);

        // The workflow carries on: the submission made just before the outage is screened, and everything completes.
        await ApiClient.WaitForStatusAsync(researcher, late, "AwaitingDecision", seconds: 90);
        await ApiClient.SubmitAsync(researcher, draft);
        await ApiClient.WaitForStatusAsync(researcher, draft, "AwaitingDecision", seconds: 90);
        foreach (var id in new[] { waiting, late, draft })
        {
            var decided = await ApiClient.DecideAsync(chief, id, Approve);
            Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
            await ApiClient.WaitForLetterAsync(researcher, id, seconds: 90);
        }

        var end = await SettledWorkflows.WaitAsync(database, expected: 3, TimeSpan.FromSeconds(60));
        AssertReadModelMatchesEvents(end);
        Assert.All(end.Outbox, m =>
            Assert.True(m.Dispatched, $"outbox #{m.Id} {m.Kind} undelivered after {m.Attempts} attempts: {m.Error}")
        );
        // A first submission starts its process in its own transaction: no message carries the start.
        Assert.DoesNotContain(end.Outbox, m => m.Kind == "start_process");
        Assert.Equal(3, end.Letters.Count);
        Assert.True(end.Workflows.Count == 3 && end.Workflows.All(w => w.Status == "Released"), string.Join(", ", end.Workflows));
        var audit = await app.ClientFor(Personas.Compliance).GetFromJsonAsync<JsonElement>("/api/audit/verify");
        Assert.Equal("intact", audit.GetProperty("status").GetString());
    }

    private static async Task AssertUnavailablePageAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}: {html}");
        Assert.Contains("Sorry, the service is unavailable", html, StringComparison.Ordinal);
        Assert.Contains("cannot reach its database", html, StringComparison.Ordinal);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    private static async Task AssertUnavailableProblemAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Contains("database is unavailable", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    private static Task WaitUntilHealthyAsync(HttpClient anonymous) =>
        Poll.UntilAsync(
            async () => (await anonymous.GetAsync("/health")).IsSuccessStatusCode,
            "/health to turn healthy after PostgreSQL was started again"
        );

    private static void AssertReadModelMatchesEvents(StoredRows rows)
    {
        foreach (var record in rows.Applications)
        {
            var events = rows.Events.Count(e => e.Application == record.Id);
            Assert.True(record.Version == events, $"application {record.Id}: read model at version {record.Version}, {events} events");
        }
    }
}
