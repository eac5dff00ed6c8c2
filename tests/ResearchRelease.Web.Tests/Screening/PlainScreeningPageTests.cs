using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Screening;

/// <summary>
/// Words a person can read: the screening shown to a researcher names questions and data items in words; field
/// paths and codes stay in the API's <c>evidence</c>.
/// </summary>
public sealed partial class PlainScreeningPageTests(SqliteSharedApp shared) : IClassFixture<SqliteSharedApp>
{
    private readonly HttpClient _researcher = shared.App.ClientFor(Personas.Researcher);

    [GeneratedRegex(@"\b[a-z]+_[a-z0-9_]+\b|\b[a-z]+[A-Z][a-zA-Z]*\b|\b[a-z]+\.[a-z]+[A-Za-z]*\[?|\[\d+\]", RegexOptions.CultureInvariant)]
    private static partial Regex Machine();

    [GeneratedRegex("<[^>]+>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();

    public static TheoryData<string> Cases() => ["pub-02", "pub-05", "pub-06", "pub-08", "pub-09", "pub-10", "pub-13", "pub-14", "pub-16"];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_screening_on_the_application_page_shows_no_field_path_or_code(string id)
    {
        var (app, _) = await ApiClient.CreateAsync(_researcher, ExampleCases.ApplicationJson(id));

        var page = await HtmlForms.GetPageAsync(_researcher, $"/applications/{app}");

        // The words as a reader sees them: tags become spaces, so adjacent elements do not run together.
        var screening = System.Net.WebUtility.HtmlDecode(Tags().Replace(page.QuerySelector(".app-screening")!.InnerHtml, " "));
        var match = Machine().Match(screening);
        Assert.False(match.Success, $"{id}: \"{match.Value}\" shown in the screening: {screening}");
        Assert.Contains("Screening policy", screening, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_keeps_paths_in_evidence_beside_the_words()
    {
        var response = await _researcher.PostAsync("/api/screening?ruleset=2013", ApiClient.Json(ExampleCases.ApplicationJson("pub-07")));
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.False(string.IsNullOrEmpty(result.GetProperty("policyVersion").GetString()));
        var finding = result
            .GetProperty("findings")
            .EnumerateArray()
            .First(f => f.GetProperty("rule").GetString() == "direct_transfer_uncertified");
        Assert.Equal("safe_settings", finding.GetProperty("part").GetString());
        Assert.Equal("blocks", finding.GetProperty("severity").GetString());
        Assert.Contains("settings.accessRoute", finding.GetProperty("evidence").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotMatch(Machine(), finding.GetProperty("reason").GetString()!);
    }
}
