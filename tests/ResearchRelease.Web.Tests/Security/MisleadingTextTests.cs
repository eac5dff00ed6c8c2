using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Web.Tests.Journeys;

namespace ResearchRelease.Web.Tests.Security;

/// <summary>
/// Text that would display differently from what is stored (bidirectional controls), or that the decision letter
/// could not print, is refused at input with a message naming the answer, by the API and by the pages alike; nothing
/// is stored. Uploaded file names are stored as harmless ".pdf" names.
/// </summary>
public abstract class MisleadingTextTests(SharedApp shared)
{
    private const string DirectionMessage = "must not include characters that change the direction of text";

    public static TheoryData<string, string, string> Answers() =>
        new()
        {
            { "project.title", "Pupil progress \u202Efdp.exe", "Project title " + DirectionMessage },
            { "organisation.name", "University of \u2067Northmoor\u2069", "Organisation name " + DirectionMessage },
            { "namedUsers[0].name", "Dr Priya \u202DShah", "Name of named user 1 " + DirectionMessage },
            { "project.laySummary", "A study \u202A of progress", "Project summary " + DirectionMessage },
            {
                "namedUsers[0].name",
                "王小明",
                "Name of named user 1 includes the character ‘王’, which cannot be printed in the decision letter"
            },
            {
                "project.title",
                "Pupil progress 🙂",
                "Project title includes the character ‘🙂’, which cannot be printed in the decision letter"
            },
            {
                "project.title",
                "Pupil\u00ADprogress",
                "Project title includes an invisible character, which cannot be printed in the decision letter"
            },
        };

    [SkippableTheory]
    [MemberData(nameof(Answers))]
    public async Task The_api_refuses_the_answer_naming_it_and_stores_nothing(string field, string value, string message)
    {
        var researcher = shared.App.ClientFor(Personas.Researcher);
        var form = JsonNode.Parse(ExampleCases.ApplicationJson("pub-01"))!;
        Set(form, field, value);
        var before = (await researcher.GetFromJsonAsync<JsonElement>("/api/applications")).GetArrayLength();
        var response = await researcher.PostAsync("/api/applications", ApiClient.Json(form.ToJsonString()));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), $"errors should name '{field}': {problem}");
        Assert.StartsWith(message, messages[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, (await researcher.GetFromJsonAsync<JsonElement>("/api/applications")).GetArrayLength());
    }

    [SkippableFact]
    public async Task The_question_page_shows_a_gov_uk_error_naming_the_answer()
    {
        var researcher = shared.App.ClientFor(Personas.Researcher);
        var id = await ApplicationFlow.StartAsync(researcher);
        var response = await ApplicationFlow.AnswerAsync(researcher, id, "title", [new("Input.Title", "Results \u202Egnp.exe")]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        var link = page.QuerySelector(".govuk-error-summary a")!;
        Assert.StartsWith("Project title " + DirectionMessage, link.TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotNull(page.GetElementById(link.GetAttribute("href")!.TrimStart('#')));
        var saved = await ApiClient.GetAsync(researcher, id);
        Assert.DoesNotContain("\u202E", saved.GetRawText(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_decision_reason_with_a_direction_control_is_refused()
    {
        var researcher = shared.App.ClientFor(Personas.Researcher);
        var (id, _) = await ApiClient.SubmitAndWaitAsync(researcher, "pub-01");
        var chief = shared.App.ClientFor(Personas.ChiefStatistician);
        var response = await ApiClient.DecideAsync(chief, id, new { outcome = "refuse", reasons = "Not \u202Eevorppa" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith(
            "The reasons " + DirectionMessage,
            problem.GetProperty("errors").GetProperty("reasons")[0].GetString(),
            StringComparison.Ordinal
        );
        Assert.Equal("AwaitingDecision", (await ApiClient.GetAsync(researcher, id)).GetProperty("status").GetString());
    }

    private static void Set(JsonNode form, string field, string value)
    {
        switch (field)
        {
            case "namedUsers[0].name":
                form["namedUsers"]![0]!["name"] = value;
                break;
            case "project.title":
                form["project"]!["title"] = value;
                break;
            case "project.laySummary":
                form["project"]!["laySummary"] = value;
                break;
            case "organisation.name":
                form["organisation"]!["name"] = value;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field, null);
        }
    }
}

public sealed class MisleadingTextOnSqlite(SqliteSharedApp shared) : MisleadingTextTests(shared), IClassFixture<SqliteSharedApp>;

public sealed class MisleadingTextOnPostgres(PostgresSharedApp shared) : MisleadingTextTests(shared), IClassFixture<PostgresSharedApp>;
