using System.Net;
using System.Text.Json;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Register;

/// <summary>A researcher reports the outputs of an approved release; they appear on its register entry, page, CSV and JSON.</summary>
public sealed class OutputsTests(ApprovedApp approved) : IClassFixture<ApprovedApp>
{
    [Fact]
    public async Task Reported_outputs_appear_on_the_register_entry()
    {
        var researcher = approved.App.ClientFor(Personas.Researcher);
        var url = $"/api/applications/{approved.Id}/outputs";
        var bad = await researcher.PostAsync(url, ApiClient.Json("""{"title":"Attainment gaps","link":"javascript:alert(1)"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"link\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await approved.App.ClientFor(Personas.Researcher2).PostAsync(url,
            ApiClient.Json("""{"title":"Not mine","link":"https://example.org/x"}"""))).StatusCode);

        var title = "Attainment gaps at key stage 4 " + Guid.NewGuid().ToString("N")[..6];
        var ok = await researcher.PostAsync(url, ApiClient.Json(JsonSerializer.Serialize(new { title, link = "https://example.org/papers/ks4-gaps" })));
        Assert.True(ok.IsSuccessStatusCode, await ok.Content.ReadAsStringAsync());

        var anonymous = approved.App.ClientFor(null);
        var card = (await HtmlForms.GetPageAsync(anonymous, "/register")).QuerySelector($"#release-{approved.Reference}")!;
        var link = card.QuerySelectorAll("a").Single(a => a.TextContent == title);
        Assert.Equal("https://example.org/papers/ks4-gaps", link.GetAttribute("href"));
        Assert.Contains(title, await anonymous.GetStringAsync("/register.csv"), StringComparison.Ordinal);
        var entry = JsonDocument.Parse(await anonymous.GetStringAsync("/register.json")).RootElement.GetProperty("entries").EnumerateArray()
            .Single(e => e.GetProperty("projectId").GetString() == approved.Reference);
        Assert.Equal(title, entry.GetProperty("outputs")[0].GetProperty("title").GetString());
    }
}
