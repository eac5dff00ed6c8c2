using System.Net;
using System.Text.Json.Nodes;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Security;

/// <summary>
/// Nobody decides an application on which they are named. The Chief Statistician persona is Helen Marsh; an
/// application that lists her as a named data user must be refused to her, by the API and by the case page alike.
/// No test-only persona or switch is needed: the rule is exercised exactly as production runs it.
/// </summary>
public sealed class SeparationOfDutiesTests(SqliteSharedApp shared) : IClassFixture<SqliteSharedApp>
{
    [Fact]
    public async Task A_chief_statistician_named_on_an_application_cannot_decide_it()
    {
        var form = JsonNode.Parse(ExampleCases.ApplicationJson("pub-01"))!;
        form["namedUsers"]!.AsArray().Add(new JsonObject { ["name"] = "Helen Marsh", ["accreditedResearcher"] = true });
        var researcher = shared.App.ClientFor(Personas.Researcher);
        var (id, _) = await ApiClient.CreateAsync(researcher, form.ToJsonString());
        await ApiClient.SubmitAsync(researcher, id);
        await ApiClient.WaitForStatusAsync(researcher, id, "AwaitingDecision");
        var chief = shared.App.ClientFor(Personas.ChiefStatistician);

        var api = await ApiClient.DecideAsync(chief, id, new { outcome = "approve", endDate = "2029-03-31" });
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Contains("named on this application", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var page = await HtmlForms.SubmitAsync(
            chief,
            $"/decisions/{id}",
            "form[action*='handler=Review']",
            [new("Input.Outcome", "approve"), new("Input.EndDay", "31"), new("Input.EndMonth", "3"), new("Input.EndYear", "2029")]
        );
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("named on this application", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal("AwaitingDecision", (await ApiClient.GetAsync(researcher, id)).GetProperty("status").GetString());
    }

    /// <summary>Each spelling an outside tester used to get past the old comparison (it decided all of them).</summary>
    [Theory]
    [InlineData("Helen\u00a0Marsh")]
    [InlineData("Helen  Marsh")]
    [InlineData("Hel\u200ben Marsh")]
    [InlineData("\u0397elen Marsh")]
    [InlineData("Dr Helen Marsh")]
    [InlineData("Marsh, Helen")]
    public async Task A_disguised_spelling_of_the_chief_statisticians_name_stops_the_decision(string written)
    {
        var id = await AwaitingDecisionNamingAsync(new JsonObject { ["name"] = written, ["accreditedResearcher"] = true });
        var chief = shared.App.ClientFor(Personas.ChiefStatistician);

        var api = await ApiClient.DecideAsync(chief, id, new { outcome = "approve", endDate = "2029-03-31" });
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        var message = await api.Content.ReadAsStringAsync();
        Assert.True(
            message.Contains("named on this application", StringComparison.Ordinal)
                || message.Contains("may be you", StringComparison.Ordinal),
            message
        );

        var page = await HtmlForms.SubmitAsync(
            chief,
            $"/decisions/{id}",
            "form[action*='handler=Review']",
            [new("Input.Outcome", "approve"), new("Input.EndDay", "31"), new("Input.EndMonth", "3"), new("Input.EndYear", "2029")]
        );
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("Ask a designated deputy", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(
            "AwaitingDecision",
            (await ApiClient.GetAsync(shared.App.ClientFor(Personas.Researcher), id)).GetProperty("status").GetString()
        );
    }

    [Fact]
    public async Task A_named_user_with_the_chief_statisticians_email_stops_the_decision_whatever_the_name()
    {
        var id = await AwaitingDecisionNamingAsync(
            new JsonObject
            {
                ["name"] = "H. J. Smith",
                ["email"] = "Helen.Marsh@education.gov.uk",
                ["organisation"] = "Department for Education",
                ["role"] = "Adviser",
                ["accreditedResearcher"] = false,
            }
        );
        var api = await ApiClient.DecideAsync(
            shared.App.ClientFor(Personas.ChiefStatistician),
            id,
            new { outcome = "approve", endDate = "2029-03-31" }
        );
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Contains("named on this application", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var stored = (await ApiClient.GetAsync(shared.App.ClientFor(Personas.Researcher), id))
            .GetProperty("application")
            .GetProperty("namedUsers");
        var user = stored.EnumerateArray().Last();
        Assert.Equal("Helen.Marsh@education.gov.uk", user.GetProperty("email").GetString());
        Assert.Equal("Department for Education", user.GetProperty("organisation").GetString());
        Assert.Equal("Adviser", user.GetProperty("role").GetString());
    }

    private async Task<Guid> AwaitingDecisionNamingAsync(JsonObject user)
    {
        var form = JsonNode.Parse(ExampleCases.ApplicationJson("pub-01"))!;
        form["namedUsers"]!.AsArray().Add(user);
        var researcher = shared.App.ClientFor(Personas.Researcher);
        var (id, _) = await ApiClient.CreateAsync(researcher, form.ToJsonString());
        await ApiClient.SubmitAsync(researcher, id);
        await ApiClient.WaitForStatusAsync(researcher, id, "AwaitingDecision");
        return id;
    }
}
