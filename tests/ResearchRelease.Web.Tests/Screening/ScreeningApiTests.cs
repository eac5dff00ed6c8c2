using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Screening;

/// <summary>POST /api/screening: the regulation test on demand, nothing stored.</summary>
public sealed class ScreeningApiTests(SqliteSharedApp shared) : IClassFixture<SqliteSharedApp>
{
    private readonly HttpClient _researcher = shared.App.ClientFor(Personas.Researcher);

    public static TheoryData<string, string> CasesUnderBothRulesets()
    {
        var data = new TheoryData<string, string>();
        foreach (var id in ExampleCases.Ids)
        {
            data.Add(id, "2009");
            data.Add(id, "2013");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CasesUnderBothRulesets))]
    public async Task Every_shared_example_screens_as_expected_through_the_api(string id, string ruleset)
    {
        var response = await _researcher.PostAsync($"/api/screening?ruleset={ruleset}", ApiClient.Json(ExampleCases.ApplicationJson(id)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(ruleset, result.GetProperty("ruleset").GetString());
        var expected = ExampleCases.Expected(id)[ruleset]!.AsObject();
        foreach (var (limb, outcome) in expected)
        {
            if (limb == "overall")
            {
                var allowed = outcome!.AsArray().Select(o => o!.GetValue<string>()).ToList();
                Assert.Contains(result.GetProperty("overall").GetString(), allowed);
            }
            else
            {
                Assert.Equal(outcome!.GetValue<string>(), result.GetProperty(limb).GetProperty("outcome").GetString());
            }
        }
    }

    [Fact]
    public async Task The_result_has_the_documented_shape()
    {
        var response = await _researcher.PostAsync("/api/screening?ruleset=2013", ApiClient.Json(ExampleCases.ApplicationJson("pub-06")));
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Array, result.GetProperty("purpose").GetProperty("reasons").ValueKind);
        Assert.Equal(JsonValueKind.String, result.GetProperty("necessity").GetProperty("outcome").ValueKind);
        Assert.Equal(JsonValueKind.String, result.GetProperty("conditions").GetProperty("outcome").ValueKind);
        Assert.Equal("incomplete", result.GetProperty("completeness").GetProperty("outcome").GetString());
        Assert.NotEmpty(result.GetProperty("completeness").GetProperty("missing").EnumerateArray());
        var item = result.GetProperty("dataItems").EnumerateArray().First();
        Assert.Equal(JsonValueKind.String, item.GetProperty("item").ValueKind);
        Assert.Equal(JsonValueKind.Array, item.GetProperty("findings").ValueKind);
    }

    [Fact]
    public async Task Without_a_ruleset_the_wording_in_force_today_applies()
    {
        // Today is long after any plausible commencement of the 2013 amendment.
        var response = await _researcher.PostAsync("/api/screening", ApiClient.Json(ExampleCases.ApplicationJson("pub-01")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2013", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ruleset").GetString());
    }

    [Fact]
    public async Task The_commencement_date_comes_from_configuration()
    {
        using var app = new AppFactory(shared.App.Database).WithWebHostBuilder(b =>
            b.UseSetting("Screening:AmendmentCommencement", "2999-01-01")
        );
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Dev-Persona", Personas.Researcher);
        var response = await client.PostAsync("/api/screening", ApiClient.Json(ExampleCases.ApplicationJson("pub-01")));
        Assert.Equal("2009", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ruleset").GetString());
    }

    [Theory]
    [InlineData("/api/screening?ruleset=2020", "{}", "ruleset")]
    [InlineData("/api/screening?ruleset=2013", "{ nope", "body")]
    [InlineData("/api/screening?ruleset=2013", "{\"project\": {\"activity\": \"marketing\"}}", "project.activity")]
    [InlineData("/api/screening?ruleset=2009", "{\"namedUsers\": 3}", "namedUsers")]
    public async Task Bad_input_is_a_400_naming_the_field(string url, string body, string field)
    {
        var response = await _researcher.PostAsync(url, ApiClient.Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name '{field}': {problem}");
    }

    [Fact]
    public async Task Anonymous_callers_are_refused_and_nothing_is_stored()
    {
        var anonymous = shared.App.ClientFor(null);
        var refused = await anonymous.PostAsync("/api/screening", ApiClient.Json(ExampleCases.ApplicationJson("pub-01")));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        var before = (await _researcher.GetFromJsonAsync<JsonElement>("/api/applications")).GetArrayLength();
        await _researcher.PostAsync("/api/screening", ApiClient.Json(ExampleCases.ApplicationJson("pub-01")));
        Assert.Equal(before, (await _researcher.GetFromJsonAsync<JsonElement>("/api/applications")).GetArrayLength());
    }
}
