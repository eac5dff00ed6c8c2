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

        var page = await HtmlForms.SubmitAsync(chief, $"/decisions/{id}", "form[action*='handler=Review']",
            [new("Input.Outcome", "approve"), new("Input.EndDay", "31"), new("Input.EndMonth", "3"), new("Input.EndYear", "2029")]);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("named on this application", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal("AwaitingDecision", (await ApiClient.GetAsync(researcher, id)).GetProperty("status").GetString());
    }
}
