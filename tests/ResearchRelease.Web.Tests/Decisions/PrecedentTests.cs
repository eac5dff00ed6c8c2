using System.Text.Json.Nodes;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Decisions;

/// <summary>The case page shows the most similar past decisions first, and says in words why each is similar.</summary>
public sealed class PrecedentTests(PrecedentApp shared) : IClassFixture<PrecedentApp>
{
    private AppFactory App => shared.App;

    private async Task<Guid> AwaitingAsync(string organisation, int keepItems = 5)
    {
        var node = JsonNode.Parse(Variants.Of("pub-01", organisation, title: organisation + " study"))!;
        var items = node["dataItems"]!.AsArray();
        while (items.Count > keepItems)
            items.RemoveAt(items.Count - 1);
        var researcher = App.ClientFor(Personas.Researcher);
        var (id, _) = await Variants.SubmittedAsync(researcher, node.ToJsonString());
        await ApiClient.WaitForStatusAsync(researcher, id, "AwaitingDecision");
        return id;
    }

    private async Task DecideAsync(Guid id, string outcome, string reasons)
    {
        var decided = await ApiClient.DecideAsync(
            App.ClientFor(Personas.ChiefStatistician),
            id,
            new
            {
                outcome,
                endDate = outcome == "approve" ? "2029-03-31" : null,
                reasons,
            }
        );
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_known_most_similar_case_ranks_first_with_its_outcome_and_reasons()
    {
        var like = await AwaitingAsync("Alike University");
        await DecideAsync(like, "approve", "Linked attainment data through the ONS, as in earlier cases.");
        // Decided later (so newer), but with only two of the items.
        var partial = await AwaitingAsync("Partly Alike Trust", keepItems: 2);
        await DecideAsync(partial, "refuse", "Published tables would answer these questions.");
        var current = await AwaitingAsync("Current University");

        var page = await HtmlForms.GetPageAsync(App.ClientFor(Personas.ChiefStatistician), $"/decisions/{current}");
        var listed = page.QuerySelectorAll("#precedents > li").ToList();
        Assert.Equal(2, listed.Count);
        Assert.Contains("Alike University study", listed[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("5 of 5 data items in common", listed[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("approved on", listed[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("as in earlier cases", listed[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("2 of 5 data items in common", listed[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("refused on", listed[1].TextContent, StringComparison.Ordinal);
    }
}

/// <summary>A database of its own, so the only past decisions are the ones the test made.</summary>
public sealed class PrecedentApp() : SharedApp("Sqlite");
