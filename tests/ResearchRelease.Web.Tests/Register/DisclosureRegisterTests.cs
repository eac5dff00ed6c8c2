using System.Text.Json;
using Json.Schema;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Web.Tests.StandingShares;

namespace ResearchRelease.Web.Tests.Register;

/// <summary>
/// One public register of disclosures: researcher releases and standing shares together, filterable, paged by keyset,
/// as a page, CSV and JSON; the JSON is valid against the schema kept in the repository and names no researcher.
/// </summary>
public abstract class DisclosureRegisterTests(ShareApp app)
{
    private HttpClient Anonymous => app.App.ClientFor(null);

    // Parsed once: the library keeps a global registry of schemas by $id and refuses a second registration.
    private static readonly Lazy<JsonSchema> LoadedSchema = new(LoadSchema);

    private static JsonSchema Schema() => LoadedSchema.Value;

    private static JsonSchema LoadSchema()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ResearchRelease.sln")))
            dir = dir.Parent;
        return JsonSchema.FromText(File.ReadAllText(Path.Combine(dir!.FullName, "docs", "schemas", "disclosure-register.schema.json")));
    }

    private async Task<(Guid Id, string Reference)> ApprovedReleaseAsync(string organisation)
    {
        var researcher = app.App.ClientFor(Personas.Researcher);
        var (id, reference) = await Variants.SubmittedAsync(researcher, Variants.Of("pub-01", organisation));
        await ApiClient.WaitForStatusAsync(researcher, id, "AwaitingDecision");
        var decided = await ApiClient.DecideAsync(
            app.App.ClientFor(Personas.ChiefStatistician),
            id,
            new
            {
                outcome = "approve",
                endDate = "2029-03-31",
                reasons = "A sound design with clear public benefit.",
            }
        );
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
        return (id, reference);
    }

    private async Task<JsonElement> JsonAsync(string query)
    {
        var text = await Anonymous.GetStringAsync("/register.json" + query);
        var result = Schema().Evaluate(JsonDocument.Parse(text).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(
            result.IsValid,
            string.Join(
                "\n",
                (result.Details ?? [])
                    .Where(d => d.Errors is { Count: > 0 })
                    .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")
            )
                + "\n"
                + text
        );
        return JsonDocument.Parse(text).RootElement;
    }

    private static List<string> References(JsonElement register) =>
        [.. register.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("projectId").GetString()!)];

    [SkippableFact]
    public async Task Releases_and_standing_shares_are_on_one_register_valid_against_the_schema_and_filterable()
    {
        var marker = Guid.NewGuid().ToString("N")[..6];
        var (_, release) = await ApprovedReleaseAsync("Register University " + marker);
        var shareId = await Shares.ApprovedAsync(
            app.App,
            app.Clock.Today,
            "Register Body " + marker,
            reviewInDays: 10,
            items: ["pseudonymous_pupil_id", "ethnic_group"]
        );
        var share = (await Shares.GetAsync(app.App.ClientFor(Personas.Compliance), shareId)).GetProperty("reference").GetString()!;

        var all = await JsonAsync("");
        Assert.Contains(release, References(all));
        Assert.Contains(share, References(all));
        var entry = all.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("projectId").GetString() == share);
        Assert.Equal("standing_share", entry.GetProperty("kind").GetString());
        Assert.Equal(
            "Sensitive",
            entry
                .GetProperty("dataItems")
                .EnumerateArray()
                .Single(i => i.GetProperty("code").GetString() == "ethnic_group")
                .GetProperty("sensitivity")
                .GetString()
        );
        // Nothing personal about researchers beyond what the standard publishes.
        var example = JsonDocument.Parse(ExampleCases.ApplicationJson("pub-01")).RootElement;
        var text = all.GetRawText();
        Assert.DoesNotContain(example.GetProperty("applicant").GetProperty("name").GetString()!, text, StringComparison.Ordinal);
        Assert.DoesNotContain(example.GetProperty("applicant").GetProperty("email").GetString()!, text, StringComparison.Ordinal);

        var body = $"&body={Uri.EscapeDataString(marker)}";
        Assert.Equal([share], References(await JsonAsync("?kind=standing_share" + body)));
        Assert.Equal([release], References(await JsonAsync("?kind=release" + body)));
        Assert.Equal([share], References(await JsonAsync("?item=ethnic_group" + body)));
        // Free school meals eligibility (the release) and ethnic group (the share) are both sensitive; neither identifies.
        Assert.Equal([release, share], References(await JsonAsync("?tier=Sensitive" + body)).Order(StringComparer.Ordinal));
        Assert.Empty(References(await JsonAsync("?tier=Identifying" + body)));
        Assert.Empty(References(await JsonAsync("?tier=HighlySensitive" + body)));
        Assert.Empty(References(await JsonAsync("?status=review_overdue" + body)));
        Assert.Empty(References(await JsonAsync("?status=ended" + body)));
        Assert.Equal(2, References(await JsonAsync("?status=in_force&basis=public_task" + body)).Count);

        app.Clock.Advance(TimeSpan.FromDays(11));
        await app.UntilEventsAsync(shareId, t => t.Contains("share_review_overdue_flagged"), "the overdue flag");
        Assert.Equal([share], References(await JsonAsync("?status=review_overdue" + body)));
        var csv = await Anonymous.GetStringAsync("/register.csv?status=review_overdue" + body);
        Assert.Contains($"{share},", csv, StringComparison.Ordinal);
        Assert.DoesNotContain($"{release},", csv, StringComparison.Ordinal);
        var page = await HtmlForms.GetPageAsync(Anonymous, "/register?kind=standing_share" + body);
        Assert.Contains("In force, review overdue", page.QuerySelector($"#release-{share}")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"#release-{release}"));
    }

    [SkippableFact]
    public async Task Dates_are_asked_for_as_day_month_and_year_and_a_bad_one_is_named_in_an_error_summary_never_a_failure()
    {
        var good = await HtmlForms.GetPageAsync(
            Anonymous,
            "/register?from-day=1&from-month=4&from-year=2026&to-day=31&to-month=3&to-year=2027"
        );
        Assert.Null(good.QuerySelector(".govuk-error-summary"));
        Assert.Equal("2026", good.QuerySelector("#from-year")!.GetAttribute("value"));
        Assert.Contains("from=2026-04-01", good.QuerySelector("#register-json")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Null(good.QuerySelector("input#from[name='from']")); // no free-text date box

        foreach (
            var (query, field, words) in new[]
            {
                ("from-day=31&from-month=2&from-year=2026", "from", "The approved on or after date must be a real date"),
                ("to-day=1&to-year=2026", "to", "The approved on or before date must include a month"),
                ("from=next%20tuesday", "from", "The approved on or after date must be a real date"),
                ("from=2026-05-01&to=2026-04-01", "to", "must be the same as or after the approved on or after date"),
            }
        )
        {
            var response = await Anonymous.GetAsync("/register?" + query);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            var page = await HtmlForms.GetPageAsync(Anonymous, "/register?" + query);
            var link = page.QuerySelector($".govuk-error-summary a[href='#{field}']");
            Assert.NotNull(link);
            Assert.Contains(words, link.TextContent, StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector($"#{field}-error"));
            Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        }
        // What was typed stays in the boxes, to be corrected.
        var typed = await HtmlForms.GetPageAsync(Anonymous, "/register?from-day=31&from-month=2&from-year=2026");
        Assert.Equal("31", typed.QuerySelector("#from")!.GetAttribute("value"));

        // The CSV and JSON keep ISO dates, and say which parameter could not be read.
        Assert.Equal(System.Net.HttpStatusCode.OK, (await Anonymous.GetAsync("/register.json?from=2026-01-01&to=2026-12-31")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await Anonymous.GetAsync("/register.csv?from=2026-01-01")).StatusCode);
        var bad = await Anonymous.GetAsync("/register.json?from=2026-13-01");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty("from", out _), problem.ToString());
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await Anonymous.GetAsync("/register.csv?to=yesterday")).StatusCode);
    }

    [SkippableFact]
    public async Task The_register_is_paged_by_keyset_with_every_entry_once()
    {
        var marker = "Paged " + Guid.NewGuid().ToString("N")[..6];
        var made = new List<string>();
        var compliance = app.App.ClientFor(Personas.Compliance);
        for (var i = 0; i < 53; i++)
        {
            var id = await Shares.ApprovedAsync(app.App, app.Clock.Today, $"{marker} {i}", reviewInDays: 200);
            made.Add((await Shares.GetAsync(compliance, id)).GetProperty("reference").GetString()!);
        }
        var seen = new List<string>();
        string? next = null;
        var pages = 0;
        do
        {
            var register = await JsonAsync(
                $"?body={Uri.EscapeDataString(marker)}" + (next is null ? "" : $"&after={Uri.EscapeDataString(next)}")
            );
            seen.AddRange(References(register));
            next = register.GetProperty("next").ValueKind == JsonValueKind.Null ? null : register.GetProperty("next").GetString();
            pages++;
        } while (next is not null && pages < 5);
        Assert.Equal(2, pages);
        Assert.Equal(made.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        var first = await HtmlForms.GetPageAsync(Anonymous, $"/register?body={Uri.EscapeDataString(marker)}");
        Assert.Equal(50, first.QuerySelectorAll(".rr-release").Length);
        Assert.NotNull(first.QuerySelector("#next-page"));
    }
}

public sealed class DisclosureRegisterOnSqlite(SqliteShareApp app) : DisclosureRegisterTests(app), IClassFixture<SqliteShareApp>;

public sealed class DisclosureRegisterOnPostgres(PostgresShareApp app) : DisclosureRegisterTests(app), IClassFixture<PostgresShareApp>;
