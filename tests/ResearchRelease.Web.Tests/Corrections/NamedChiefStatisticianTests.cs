using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Corrections;

/// <summary>
/// Separation of duties holds for corrections as for decisions: the Chief Statistician persona (Helen Marsh) is a
/// named data user here, so a deputy decided it — through the real application service, as a second
/// Chief Statistician account would — and Helen may not correct its letter by the API or the page.
/// </summary>
public sealed class NamedChiefStatisticianTests(SqliteSharedApp shared) : IClassFixture<SqliteSharedApp>
{
    [Fact]
    public async Task A_chief_statistician_named_on_the_application_cannot_correct_its_letter()
    {
        var form = JsonNode.Parse(ExampleCases.ApplicationJson("pub-01"))!;
        form["namedUsers"]!.AsArray().Add(new JsonObject { ["name"] = "Helen Marsh", ["accreditedResearcher"] = true });
        var researcher = shared.App.ClientFor(Personas.Researcher);
        var (id, _) = await ApiClient.CreateAsync(researcher, form.ToJsonString());
        await ApiClient.SubmitAsync(researcher, id);
        var shown = await ApiClient.WaitForStatusAsync(researcher, id, "AwaitingDecision");
        using (var scope = shared.App.Services.CreateScope())
        {
            var deputy = new Actor("dev-deputy", "Rob Ellis", "rob.ellis@education.gov.uk", ActorRole.ChiefStatistician);
            var decided = await scope
                .ServiceProvider.GetRequiredService<ApplicationService>()
                .DecideAsync(
                    deputy,
                    id,
                    new DecisionRequest("approve", "", [], new DateOnly(2029, 3, 31), shown.GetProperty("version").GetInt32()),
                    CancellationToken.None
                );
            Assert.True(decided.Succeeded, decided.Message);
        }
        await ApiClient.WaitForLetterAsync(researcher, id);
        var chief = shared.App.ClientFor(Personas.ChiefStatistician);

        var api = await chief.PostAsync(
            $"/api/applications/{id}/letter-corrections",
            ApiClient.Json("""{"reason":"Typo","addresseeName":"Dr P. Shah"}""")
        );
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Contains("cannot correct its letter", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var page = await HtmlForms.SubmitAsync(
            chief,
            $"/decisions/{id}/correct-letter",
            "form[action*='handler=Review']",
            [new("Input.Reason", "Typo"), new("Input.AddresseeName", "Dr P. Shah")]
        );
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("cannot correct its letter", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var view = await ApiClient.GetAsync(researcher, id);
        Assert.Equal(1, view.GetProperty("letters").GetArrayLength());
    }
}
