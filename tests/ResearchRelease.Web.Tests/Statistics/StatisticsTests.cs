using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Statistics;

/// <summary>
/// "How we decide": the published figures agree with counts made here straight from the stored events (type names and
/// payloads, not the fold or the projection), and the page draws every chart with a text equivalent.
/// </summary>
public abstract class StatisticsTests(SharedApp shared)
{
    private AppFactory App => shared.App;

    private async Task<Guid> AwaitingAsync(string organisation)
    {
        var researcher = App.ClientFor(Personas.Researcher);
        var (id, _) = await Variants.SubmittedAsync(researcher, Variants.Of("pub-01", organisation));
        await ApiClient.WaitForStatusAsync(researcher, id, "AwaitingDecision");
        return id;
    }

    private async Task DecideAsync(Guid id, string outcome)
    {
        var decided = await ApiClient.DecideAsync(
            App.ClientFor(Personas.ChiefStatistician),
            id,
            new
            {
                outcome,
                endDate = outcome == "approve" ? "2029-03-31" : null,
                reasons = "Weighed against the test, limb by limb.",
            }
        );
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task The_figures_agree_with_counts_made_from_the_events()
    {
        var researcher = App.ClientFor(Personas.Researcher);
        await DecideAsync(await AwaitingAsync("Stats Approved"), "approve");
        await DecideAsync(await AwaitingAsync("Stats Refused"), "refuse");
        await DecideAsync(await AwaitingAsync("Stats Returned"), "return");
        var withdrawn = await AwaitingAsync("Stats Withdrawn");
        Assert.True((await researcher.PostAsync($"/api/applications/{withdrawn}/withdraw", null)).IsSuccessStatusCode);
        var (draft, _) = await ApiClient.CreateAsync(researcher, Variants.Of("pub-01", "Stats Draft Withdrawn"));
        Assert.True((await researcher.PostAsync($"/api/applications/{draft}/withdraw", null)).IsSuccessStatusCode);

        var expected = await CountFromEventsAsync();
        Assert.Equal(4, expected["received"]); // the withdrawn draft was never received
        var csv = (await App.ClientFor(null).GetStringAsync("/how-we-decide.csv"))
            .TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Skip(1)
            .Select(l => l.Split(','))
            .ToList();
        int Sum(string measure) => csv.Where(c => c[0] != "all" && c[1] == measure).Sum(c => int.Parse(c[2], CultureInfo.InvariantCulture));
        foreach (var (measure, count) in expected.Where(e => e.Key is not ("agreed" or "differed")))
            Assert.True(count == Sum(measure), $"{measure}: events say {count}, the statistics {Sum(measure)}");
        Assert.Equal(
            expected["agreed"],
            int.Parse(csv.Single(c => c[0] == "all" && c[1] == "agreed_with_screening")[2], CultureInfo.InvariantCulture)
        );
        Assert.Equal(
            expected["differed"],
            int.Parse(csv.Single(c => c[0] == "all" && c[1] == "differed_from_screening")[2], CultureInfo.InvariantCulture)
        );

        var page = await HtmlForms.GetPageAsync(App.ClientFor(null), "/how-we-decide");
        foreach (var chart in page.QuerySelectorAll("svg.rr-chart"))
        {
            Assert.Equal("img", chart.GetAttribute("role"));
            Assert.False(string.IsNullOrWhiteSpace(chart.QuerySelector("title")?.TextContent));
        }
        Assert.Equal(
            expected["received"].ToString(CultureInfo.InvariantCulture),
            page.QuerySelectorAll("#counts td[data-kind=received]")
                .Sum(td => int.Parse(td.TextContent, CultureInfo.InvariantCulture))
                .ToString(CultureInfo.InvariantCulture)
        );
        Assert.DoesNotMatch(@"\b\d{4}-\d{2}-\d{2}\b", page.QuerySelector("main")!.TextContent);
    }

    /// <summary>Counts straight from <c>application_events</c>: every application's events in order, read as stored JSON.</summary>
    private async Task<Dictionary<string, int>> CountFromEventsAsync()
    {
        using var scope = App.Services.CreateScope();
        var rows = await scope
            .ServiceProvider.GetRequiredService<AppDbContext>()
            .Events.AsNoTracking()
            .OrderBy(e => e.ApplicationId)
            .ThenBy(e => e.Sequence)
            .ToListAsync();
        var counts = new[]
        {
            "received",
            "decided",
            "approved",
            "refused",
            "returned",
            "withdrawn",
            "lapsed",
            "agreed",
            "differed",
        }.ToDictionary(k => k, _ => 0);
        foreach (var application in rows.GroupBy(r => r.ApplicationId))
        {
            var submitted = false;
            string? recommendation = null;
            foreach (var row in application)
            {
                using var payload = JsonDocument.Parse(row.Payload);
                var p = payload.RootElement;
                switch (row.Type)
                {
                    case "submitted":
                        if (p.GetProperty("round").GetInt32() == 1)
                            counts["received"]++;
                        submitted = true;
                        break;
                    case "screened":
                        recommendation = p.GetProperty("result").GetProperty("overall").GetString();
                        break;
                    case "returned_to_researcher":
                        counts["returned"]++;
                        break;
                    case "withdrawn" when submitted:
                        counts[p.TryGetProperty("automatic", out var a) && a.GetBoolean() ? "lapsed" : "withdrawn"]++;
                        break;
                    case "decided":
                        var outcome = p.GetProperty("outcome").GetString();
                        if (outcome == "return")
                        {
                            counts["returned"]++;
                            break;
                        }
                        counts["decided"]++;
                        counts[outcome == "approve" ? "approved" : "refused"]++;
                        if (recommendation == "eligible")
                            counts[outcome == "approve" ? "agreed" : "differed"]++;
                        if (recommendation == "ineligible")
                            counts[outcome == "refuse" ? "agreed" : "differed"]++;
                        break;
                }
            }
        }
        return counts;
    }
}

public sealed class StatisticsOnSqlite(StatisticsSqliteApp app) : StatisticsTests(app), IClassFixture<StatisticsSqliteApp>;

public sealed class StatisticsOnPostgres(StatisticsPostgresApp app) : StatisticsTests(app), IClassFixture<StatisticsPostgresApp>;

/// <summary>A database of the statistics tests' own, so every application counted is one they made.</summary>
public sealed class StatisticsSqliteApp() : SharedApp("Sqlite");

public sealed class StatisticsPostgresApp() : SharedApp("Postgres");
