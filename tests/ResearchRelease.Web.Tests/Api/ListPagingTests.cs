using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Api;

/// <summary>
/// The queue and the decisions list are paged in the database: every row once, in order, across pages, with ties on
/// the sort time broken by reference, applications and extensions awaiting a decision merged; the total is the whole list's. Rows are written to the read model directly, as
/// the lists read nothing else.
/// </summary>
public abstract class ListPagingTests(string provider) : IDisposable
{
    private static readonly DateTime Base = new(2027, 1, 4, 9, 0, 0, DateTimeKind.Utc);
    private TestDatabase? _database;
    private AppFactory? _app;

    [SkippableFact]
    public async Task The_queue_is_read_page_by_page_oldest_first_with_ties_broken_by_reference()
    {
        var expected = await SeedAsync(awaiting: 7, decided: 0);
        var chief = App.ClientFor(Personas.ChiefStatistician);

        var (ids, totals) = await WalkAsync(chief, "/api/queue?size=3");

        Assert.Equal(expected.Awaiting, ids);
        Assert.All(totals, t => Assert.Equal(7, t));
        var bad = await chief.GetAsync("/api/queue?after=not-a-cursor");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [SkippableFact]
    public async Task Decisions_are_read_page_by_page_latest_first()
    {
        var expected = await SeedAsync(awaiting: 1, decided: 5);
        var (ids, totals) = await WalkAsync(App.ClientFor(Personas.Compliance), "/api/decisions?size=2");

        Assert.Equal(expected.Decided, ids);
        Assert.All(totals, t => Assert.Equal(5, t));
    }

    [SkippableFact]
    public async Task The_queue_page_shows_fifty_the_total_and_a_link_to_the_rest()
    {
        var expected = await SeedAsync(awaiting: 52, decided: 0);
        var chief = App.ClientFor(Personas.ChiefStatistician);

        var first = await HtmlForms.GetPageAsync(chief, "/decisions");
        Assert.Equal("52 waiting, oldest first", first.QuerySelector("#queue-total")!.TextContent.Trim());
        Assert.Equal(50, first.QuerySelectorAll("#queue tbody tr").Length);
        var next = first.QuerySelector("#queue-next")!.GetAttribute("href")!;

        var second = await HtmlForms.GetPageAsync(chief, next);
        var rest = second.QuerySelectorAll("#queue tbody tr a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(expected.AwaitingReferences[50..], rest);
        Assert.Null(second.QuerySelector("#queue-next"));
        Assert.NotNull(second.QuerySelector("#queue-first"));
    }

    private AppFactory App => _app ?? throw new InvalidOperationException("Seed first.");

    private static async Task<(List<Guid> Ids, List<int> Totals)> WalkAsync(HttpClient client, string first)
    {
        var (ids, totals, url) = (new List<Guid>(), new List<int>(), first);
        for (var pages = 0; url is not null && pages < 50; pages++)
        {
            var page = await client.GetFromJsonAsync<JsonElement>(url);
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
            totals.Add(page.GetProperty("total").GetInt32());
            url = page.GetProperty("next").GetString() is { } next ? $"{first}&after={next}" : null;
        }

        return (ids, totals);
    }

    /// <summary>Three rows share each sort time, so every page boundary falls on a tie somewhere.</summary>
    private async Task<(List<Guid> Awaiting, List<string> AwaitingReferences, List<Guid> Decided)> SeedAsync(int awaiting, int decided)
    {
        if (provider == "Postgres")
            TestDatabase.RequirePostgres();
        _database = TestDatabase.Create(provider);
        _app = new AppFactory(_database);
        _ = _app.Server; // starts the app, which migrates the database
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = new List<ApplicationRecord>();
        for (var i = 0; i < awaiting; i++)
        {
            var reference = $"Q-{100 + (i * 37 % awaiting):D3}";
            // Extensions wait in the same queue, read on their own stretch of the index: ties mix the two.
            var status = i % 3 == 1 ? ApplicationStatus.ExtensionAwaitingDecision : ApplicationStatus.AwaitingDecision;
            rows.Add(Row(reference, status, submitted: Base.AddMinutes(i / 3), decided: null));
        }

        for (var i = 0; i < decided; i++)
        {
            var reference = $"D-{100 + (i * 37 % decided):D3}";
            rows.Add(Row(reference, ApplicationStatus.Approved, submitted: Base, decided: Base.AddHours(1 + i / 3)));
        }

        rows.Add(Row("R-100", ApplicationStatus.Draft, submitted: null, decided: null));
        db.Applications.AddRange(rows);
        await db.SaveChangesAsync();

        var queue = rows.Where(r => r.Status is ApplicationStatus.AwaitingDecision or ApplicationStatus.ExtensionAwaitingDecision)
            .OrderBy(r => r.SubmittedAt)
            .ThenBy(r => r.Reference, StringComparer.Ordinal)
            .ToList();
        var register = rows.Where(r => r.DecidedAt is not null)
            .OrderByDescending(r => r.DecidedAt)
            .ThenByDescending(r => r.Reference, StringComparer.Ordinal)
            .Select(r => r.Id)
            .ToList();
        return (queue.Select(r => r.Id).ToList(), queue.Select(r => r.Reference).ToList(), register);
    }

    private static ApplicationRecord Row(string reference, ApplicationStatus status, DateTime? submitted, DateTime? decided) =>
        new()
        {
            Id = Guid.NewGuid(),
            Reference = reference,
            OwnerSubject = "seeded",
            Status = status,
            Title = "Seeded project " + reference,
            OrganisationName = "Seeded University",
            ApplicantName = "Seeded Applicant",
            Round = 1,
            Version = 1,
            Recommendation = status == ApplicationStatus.Draft ? null : "eligible",
            DecisionOutcome = decided is null ? null : "approve",
            CreatedAt = Base,
            UpdatedAt = Base,
            SubmittedAt = submitted,
            DecidedAt = decided,
        };

    public void Dispose()
    {
        _app?.Dispose();
        _database?.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class ListPagingOnSqlite() : ListPagingTests("Sqlite");

public sealed class ListPagingOnPostgres() : ListPagingTests("Postgres");
