using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Statistics;

/// <summary>
/// The counters behind "How we decide" are added to by each append, many at once; after a random mix of commands they
/// equal the counters summed again from every application's events (the rebuild a migration runs). A lost update
/// between two concurrent appends, or a counter added to outside the append's transaction, would show as a difference.
/// </summary>
public abstract class TallyTests(SharedApp shared)
{
    private const int Seed = 15;
    private AppFactory App => shared.App;

    [SkippableFact]
    public async Task The_counters_equal_a_recount_from_the_events_after_a_random_mix_of_commands()
    {
        var random = new Random(Seed);
        string[] cases = ["pub-01", "pub-02", "pub-15"]; // eligible, ineligible (screening returns it), needs judgement
        var plans = Enumerable
            .Range(0, 10)
            .Select(i => (Case: cases[random.Next(cases.Length)], Action: random.Next(5), Index: i))
            .ToList();

        await Task.WhenAll(plans.Select(p => RunAsync(p.Case, p.Action, p.Index)));

        var counted = await CountersAsync();
        using (var scope = App.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<ApplicationStore>().RebuildReadModelsAsync(CancellationToken.None);
        var recounted = await CountersAsync();
        Assert.Equal(recounted, counted);
        Assert.Contains(("received", 10), counted.Select(c => (c.Measure, c.Count)));
        Assert.Contains(counted, c => c.Measure == "working_days"); // the mix decided something
        Assert.Contains(counted, c => c.Measure == "refusal_reason"); // and refused something the screening found against
    }

    /// <summary>
    /// One application: submitted, then (by <paramref name="action"/>) decided, returned and resubmitted, withdrawn or left.
    /// </summary>
    private async Task RunAsync(string caseId, int action, int index)
    {
        var researcher = App.ClientFor(Personas.Researcher);
        var (id, _) = await Variants.SubmittedAsync(researcher, Variants.Of(caseId, $"Tally {Seed}-{index}"));
        var routed = await ApiClient.WaitForAsync(
            researcher,
            id,
            v => v.GetProperty("status").GetString() is "AwaitingDecision" or "ReturnedToResearcher",
            "routed by screening"
        );
        if (routed.GetProperty("status").GetString() == "ReturnedToResearcher")
        {
            if (action % 2 == 0)
                await WithdrawAsync(researcher, id);
            return;
        }
        switch (action)
        {
            case 0:
                await DecideAsync(id, "approve");
                break;
            case 1:
                await DecideAsync(id, "refuse");
                break;
            case 2:
                await WithdrawAsync(researcher, id);
                break;
            case 3:
                await DecideAsync(id, "return");
                await ApiClient.WaitForStatusAsync(researcher, id, "ReturnedForChanges");
                await ApiClient.SubmitAsync(researcher, id);
                await ApiClient.WaitForStatusAsync(researcher, id, "AwaitingDecision");
                await DecideAsync(id, "refuse");
                break;
            default:
                break; // left with the Chief Statistician
        }
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

    private static async Task WithdrawAsync(HttpClient researcher, Guid id) =>
        Assert.True((await researcher.PostAsync($"/api/applications/{id}/withdraw", null)).IsSuccessStatusCode);

    private async Task<List<(int Quarter, string Measure, int WorkingDays, string Part, string Reason, int Count)>> CountersAsync()
    {
        using var scope = App.Services.CreateScope();
        var rows = await scope.ServiceProvider.GetRequiredService<AppDbContext>().DecisionTallies.AsNoTracking().ToListAsync();
        return rows.Select(t => (t.Quarter, t.Measure, t.WorkingDays, t.Part, t.Reason, t.Count)).Order().ToList();
    }
}

public sealed class TalliesOnSqlite(TallySqliteApp app) : TallyTests(app), IClassFixture<TallySqliteApp>;

public sealed class TalliesOnPostgres(TallyPostgresApp app) : TallyTests(app), IClassFixture<TallyPostgresApp>;

/// <summary>A database of the tally tests' own, so every application counted is one they made.</summary>
public sealed class TallySqliteApp() : SharedApp("Sqlite");

public sealed class TallyPostgresApp() : SharedApp("Postgres");
