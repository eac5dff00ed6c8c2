using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Web.Tests.Letters;

namespace ResearchRelease.Web.Tests.Security;

/// <summary>
/// Whatever a researcher types is shown as text: escaped in every page that shows it, drawn literally in the PDF
/// letter, and carried as a JSON string by the API (never as markup or as a formula).
/// </summary>
public sealed class HostileTextTests(SqliteSharedApp shared) : IClassFixture<SqliteSharedApp>
{
    private const string Script = "<script>alert('rr')</script>";
    private const string Image = "<img src=x onerror=alert(1)>";
    private const string Formula = "=HYPERLINK(\"https://evil.example\",\"Click\")";
    private const string Title = "Pupil progress " + Script;

    [Fact]
    public async Task Hostile_text_is_escaped_on_pages_literal_in_the_letter_and_plain_in_json()
    {
        var form = JsonNode.Parse(ExampleCases.ApplicationJson("pub-01"))!;
        form["project"]!["title"] = Title;
        form["project"]!["laySummary"] = "Summary " + Image + " & \"quotes\" 'single'";
        form["organisation"]!["name"] = Formula;
        form["namedUsers"]!.AsArray().Add(new JsonObject { ["name"] = "@SUM(1+1)*cmd|' /C calc'!A0", ["accreditedResearcher"] = false });
        var researcher = shared.App.ClientFor(Personas.Researcher);
        var chief = shared.App.ClientFor(Personas.ChiefStatistician);
        var compliance = shared.App.ClientFor(Personas.Compliance);
        var (id, reference) = await ApiClient.CreateAsync(researcher, form.ToJsonString());
        await ApiClient.SubmitAsync(researcher, id);
        await ApiClient.WaitForStatusAsync(researcher, id, "AwaitingDecision");

        await AssertEscapedAsync(researcher, $"/applications/{id}");
        await AssertEscapedAsync(researcher, "/applications");
        await AssertEscapedAsync(chief, $"/decisions/{id}");
        await AssertEscapedAsync(chief, "/decisions");

        var decided = await ApiClient.DecideAsync(
            chief,
            id,
            new
            {
                outcome = "approve",
                endDate = "2029-03-31",
                conditions = new[] { "No " + Script },
            }
        );
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
        await ApiClient.WaitForLetterAsync(researcher, id);
        await AssertEscapedAsync(compliance, "/compliance");
        await AssertEscapedAsync(compliance, $"/compliance/records/{reference}");

        var view = await ApiClient.GetAsync(researcher, id);
        Assert.Equal("application/json", (await researcher.GetAsync($"/api/applications/{id}")).Content.Headers.ContentType?.MediaType);
        Assert.Equal(Title, view.GetProperty("application").GetProperty("project").GetProperty("title").GetString());
        Assert.Equal(Formula, view.GetProperty("application").GetProperty("organisation").GetProperty("name").GetString());
        var record = await compliance.GetStringAsync($"/api/decisions/{reference}/record");
        Assert.Contains(Title, Strings(JsonDocument.Parse(record).RootElement));

        var pdf = await researcher.GetByteArrayAsync($"/api/applications/{id}/letter.pdf");
        var text = PdfText.All(pdf);
        Assert.Contains("<script>", text, StringComparison.Ordinal);
        Assert.Contains("=HYPERLINK(", text, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;", text, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Strings(JsonElement element) =>
        element.ValueKind switch
        {
            JsonValueKind.String => [element.GetString()!],
            JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
            JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
            _ => [],
        };

    private static async Task AssertEscapedAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
        Assert.DoesNotContain(Image, html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("[onerror]"));
        Assert.Contains(Script, document.Body!.TextContent, StringComparison.Ordinal);
        // The one script element on any page is the layout's own module.
        Assert.Single(html.Split("<script", StringSplitOptions.None).Skip(1));
    }
}
