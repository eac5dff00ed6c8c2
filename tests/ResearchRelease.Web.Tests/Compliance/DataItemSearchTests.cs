using System.Text.Json.Nodes;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Compliance;

/// <summary>
/// The register's data-item filter reads the application_data_items projection of the form as submitted: a code
/// that appears only in free text (a justification, the lay summary) does not make an application match.
/// </summary>
public sealed class DataItemSearchTests(SqliteSharedApp shared) : IClassFixture<SqliteSharedApp>
{
    [Fact]
    public async Task An_item_code_in_free_text_only_does_not_match_and_a_requested_item_does()
    {
        var form = JsonNode.Parse(Variants.Of("pub-01", "Free Text College " + Guid.NewGuid().ToString("N")[..6]))!;
        form["dataItems"]![0]!["justification"] =
            "Unlike looked_after or \"item\":\"looked_after\", this follows pupils across key stages.";
        form["project"]!["laySummary"] = "We will not request looked_after or children_in_need.";
        var (_, reference) = await Variants.SubmittedAsync(shared.App.ClientFor(Personas.Researcher), form.ToJsonString());
        var compliance = shared.App.ClientFor(Personas.Compliance);

        async Task<bool> Matches(string item) =>
            (await compliance.GetStringAsync($"/api/decisions.csv?dataItem={item}")).Contains(reference, StringComparison.Ordinal);

        Assert.True(await Matches("ks4_results"));
        Assert.True(await Matches("fsm_eligibility"));
        Assert.False(await Matches("looked_after"));
        Assert.False(await Matches("children_in_need"));
    }
}
