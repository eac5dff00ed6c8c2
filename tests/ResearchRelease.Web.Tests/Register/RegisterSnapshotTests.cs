using System.Net;
using System.Security.Cryptography;
using System.Text;
using ResearchRelease.Web.Features.Register;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Web.Tests.StandingShares;

namespace ResearchRelease.Web.Tests.Register;

/// <summary>
/// Quarterly snapshots: the register as at the end of a finished quarter, as CSV and JSON with their SHA-256. A snapshot
/// shows what had been approved by the quarter's end (not what was approved later, even before it was first asked for),
/// and never changes once published. An unfinished or unknown quarter is a 404 that says why.
/// </summary>
public sealed class RegisterSnapshotTests(SqliteShareApp app) : IClassFixture<SqliteShareApp>
{
    private HttpClient Anonymous => app.App.ClientFor(null);

    [Fact]
    public async Task A_finished_quarter_has_a_snapshot_whose_hash_matches_and_which_a_later_decision_does_not_change()
    {
        var marker = Guid.NewGuid().ToString("N")[..6];
        var compliance = app.App.ClientFor(Personas.Compliance);
        var before = await ReferenceAsync(
            compliance,
            await Shares.ApprovedAsync(app.App, app.Clock.Today, "Snapshot Body A " + marker, reviewInDays: 400)
        );
        var quarter = RegisterQuarter.Of(app.Clock.Today);

        var unfinished = await Anonymous.GetAsync($"/register/snapshots/{quarter.Slug}.csv");
        Assert.Equal(HttpStatusCode.NotFound, unfinished.StatusCode);
        Assert.Contains($"{quarter.Words} has not finished yet", await unfinished.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Into the next quarter; a share approved now, before anyone asks for the snapshot, is not in it.
        app.Clock.Advance(TimeSpan.FromDays(quarter.Next.First.DayNumber - app.Clock.Today.DayNumber + 1));
        var after = await ReferenceAsync(
            compliance,
            await Shares.ApprovedAsync(app.App, app.Clock.Today, "Snapshot Body B " + marker, reviewInDays: 400)
        );

        var csv = await Anonymous.GetByteArrayAsync($"/register/snapshots/{quarter.Slug}.csv");
        var json = await Anonymous.GetByteArrayAsync($"/register/snapshots/{quarter.Slug}.json");
        Assert.Equal(
            $"{Hex(csv)}  register-of-disclosures-{quarter.Slug}.csv\n",
            await Anonymous.GetStringAsync($"/register/snapshots/{quarter.Slug}.csv.sha256")
        );
        Assert.Equal(
            $"{Hex(json)}  register-of-disclosures-{quarter.Slug}.json\n",
            await Anonymous.GetStringAsync($"/register/snapshots/{quarter.Slug}.json.sha256")
        );
        var csvText = Encoding.UTF8.GetString(csv);
        Assert.Contains(before, csvText, StringComparison.Ordinal);
        Assert.DoesNotContain(after, csvText, StringComparison.Ordinal);
        Assert.Contains($"\"asAt\":\"{Shares.Iso(quarter.Last)}\"", Encoding.UTF8.GetString(json), StringComparison.Ordinal);

        // A later decision, and a renewal of a share that is in the snapshot, change nothing already published.
        await Shares.ApprovedAsync(app.App, app.Clock.Today, "Snapshot Body C " + marker, reviewInDays: 400);
        Assert.Equal(csv, await Anonymous.GetByteArrayAsync($"/register/snapshots/{quarter.Slug}.csv"));
        Assert.Equal(json, await Anonymous.GetByteArrayAsync($"/register/snapshots/{quarter.Slug}.json"));

        var page = await Anonymous.GetStringAsync("/register");
        Assert.Contains(quarter.Words, page, StringComparison.Ordinal);
        Assert.Contains(Hex(csv), page, StringComparison.Ordinal);
        Assert.Contains(Hex(json), page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/register/snapshots/{quarter.Slug}.csv.sha256\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"{quarter.Next.Slug}.csv\"", page, StringComparison.Ordinal); // the current quarter has not finished
    }

    [Theory]
    [InlineData("1999-q4.csv", "no disclosure had been approved by the end of it")]
    [InlineData("2026-q5.csv", "Snapshots are named by year and quarter")]
    [InlineData("latest.json", "Snapshots are named by year and quarter")]
    [InlineData("2026-q3.pdf", "Snapshots are named by year and quarter")]
    [InlineData("9998-q1.json.sha256", "has not finished yet")]
    public async Task An_unknown_or_unfinished_quarter_is_not_found_and_says_why(string file, string why)
    {
        var response = await Anonymous.GetAsync($"/register/snapshots/{file}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(why, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> ReferenceAsync(HttpClient client, Guid id) =>
        (await Shares.GetAsync(client, id)).GetProperty("reference").GetString()!;

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
