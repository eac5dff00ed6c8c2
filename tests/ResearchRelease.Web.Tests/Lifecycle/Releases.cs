using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Lifecycle;

/// <summary>Takes an application of its own to an approval with its letter, ending a year after the (shifted) today.</summary>
public static class Releases
{
    public static async Task<(Guid Id, string Reference, DateOnly EndDate)> ApprovedAsync(LifecycleApp app, string organisation)
    {
        var researcher = app.App.ClientFor(Personas.Researcher);
        // The retention date moves with the clock, so a test that has moved the clock on still submits a complete application.
        var form = JsonNode.Parse(Variants.Of("pub-01", organisation))!;
        form["settings"]!["retentionEnd"] = Iso(app.Clock.Today.AddYears(3));
        var (id, reference) = await Variants.SubmittedAsync(researcher, form.ToJsonString());
        await ApiClient.WaitForStatusAsync(researcher, id, "AwaitingDecision");
        var end = app.Clock.Today.AddYears(1);
        var decided = await ApiClient.DecideAsync(
            app.App.ClientFor(Personas.ChiefStatistician),
            id,
            new
            {
                outcome = "approve",
                endDate = Iso(end),
                reasons = "Sound design.",
                conditions = new[] { "Publish the analysis code." },
            }
        );
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
        await ApiClient.WaitForLetterAsync(researcher, id);
        return (id, reference, end);
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Long(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    public static List<string> EventTypes(JsonElement view) =>
        view.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("type").GetString()!).ToList();

    public static string Status(JsonElement view) => view.GetProperty("status").GetString()!;
}
