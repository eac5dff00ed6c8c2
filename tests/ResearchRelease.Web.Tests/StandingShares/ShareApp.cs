using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Tests.Infrastructure;
using ResearchRelease.Workflow;

namespace ResearchRelease.Web.Tests.StandingShares;

/// <summary>
/// An app of its own with a clock the tests move forward (to reach review dates); the workflow engine's own timers
/// (workflows/standing-share-review.v1.json) record the review reminders and overdue flags.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "Design",
    "CA1001",
    Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync."
)]
public abstract class ShareApp(string provider) : IAsyncLifetime
{
    private TestDatabase? _database;
    private AppFactory? _app;

    public ShiftedClock Clock { get; } = new();

    public AppFactory App
    {
        get
        {
            if (provider == "Postgres")
                TestDatabase.RequirePostgres();
            return _app ?? throw new InvalidOperationException("The standing share app did not start.");
        }
    }

    /// <summary>The share's event types, oldest first, once <paramref name="done"/> holds of them (the engine records them in its own time).</summary>
    public Task<List<string>> UntilEventsAsync(Guid id, Func<List<string>, bool> done, string what) =>
        Poll.UntilAsync(
            () => EventTypesAsync(id),
            done,
            types => $"Gave up waiting for {what}: {string.Join(", ", types)}.",
            TimeSpan.FromSeconds(90)
        );

    public async Task<List<string>> EventTypesAsync(Guid id)
    {
        using var scope = App.Services.CreateScope();
        return await scope
            .ServiceProvider.GetRequiredService<AppDbContext>()
            .ShareEvents.AsNoTracking()
            .Where(e => e.ShareId == id)
            .OrderBy(e => e.Sequence)
            .Select(e => e.Type)
            .ToListAsync();
    }

    /// <summary>The share's review process has begun its wait and set its deadlines (they count from then).</summary>
    public async Task<ProcessInstanceView> ReviewWaitingAsync(Guid id, int round)
    {
        var view = await Poll.UntilAsync(
            async () =>
            {
                using var scope = App.Services.CreateScope();
                return await scope.ServiceProvider.GetRequiredService<IReleaseProcess>().FindAsync(id, CancellationToken.None);
            },
            v => v is { Status: ProcessStatus.Waiting, CurrentNode: "await-review" } && v.Round == round && v.Deadlines.Count > 0,
            v => $"Gave up waiting for the review wait of period {round}: {v}."
        );
        return view!;
    }

    public Task InitializeAsync()
    {
        if (provider == "Postgres" && !TestDatabase.PostgresAvailable)
            return Task.CompletedTask;
        _database = TestDatabase.Create(provider);
        _app = new AppFactory(_database, services => services.AddSingleton<TimeProvider>(Clock));
        _ = _app.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
        _database?.Dispose();
    }
}

public sealed class SqliteShareApp() : ShareApp("Sqlite");

public sealed class PostgresShareApp() : ShareApp("Postgres");

/// <summary>Standing share requests as a script would make them.</summary>
public static class Shares
{
    public static object Terms(DateOnly today, string body, int reviewInDays = 60, int endInDays = 400, string[]? items = null) =>
        new
        {
            recipientBody = body,
            sector = "government",
            legalGateway = "Education and Inspections Act 2006, section 118",
            article6 = "public_task",
            purpose = "Progress and performance, for inspection.",
            publicBenefit = "Fair inspections.",
            dataItems = items ?? ["pseudonymous_pupil_id", "ks2_results"],
            frequency = "termly",
            accessRoute = "direct_transfer",
            agreementStart = Iso(today.AddDays(-1)),
            agreementEnd = Iso(today.AddDays(endInDays)),
            reviewDate = Iso(today.AddDays(reviewInDays)),
        };

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, object body) =>
        await client.PostAsync(url, ApiClient.Json(JsonSerializer.Serialize(body)));

    public static async Task<Guid> CreateAsync(HttpClient compliance, object terms)
    {
        var response = await PostAsync(compliance, "/api/standing-shares", new { terms });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, Guid id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/standing-shares/{id}");

    public static async Task OkAsync(HttpResponseMessage response) =>
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");

    /// <summary>Drafted, submitted and approved: a share in force.</summary>
    public static async Task<Guid> ApprovedAsync(AppFactory app, DateOnly today, string body, int reviewInDays = 60, string[]? items = null)
    {
        var compliance = app.ClientFor(Personas.Compliance);
        var id = await CreateAsync(compliance, Terms(today, body, reviewInDays, items: items));
        await OkAsync(await PostAsync(compliance, $"/api/standing-shares/{id}/submission", new { }));
        await OkAsync(
            await PostAsync(
                app.ClientFor(Personas.ChiefStatistician),
                $"/api/standing-shares/{id}/decision",
                new { outcome = "approve", reasons = "A standing gateway and only the items it needs." }
            )
        );
        return id;
    }
}
