using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Compliance;

/// <summary>
/// The compliance register is paged in the database: Next and Previous walk every row once, in order, across the
/// ties on each time and across the turn from decided to undecided applications; the filter stays on every link;
/// the CSV holds the same rows in the same order. Rows are written to the read model directly, as the register
/// reads nothing else.
/// </summary>
public abstract class RegisterPagingTests(string provider) : IDisposable
{
    private static readonly DateTime Base = new(2027, 1, 4, 9, 0, 0, DateTimeKind.Utc);
    private TestDatabase? _database;
    private AppFactory? _app;

    [SkippableFact]
    public async Task Next_and_previous_walk_every_row_once_in_register_order()
    {
        var expected = await SeedAsync(decided: 31, undecided: 29, organisation: "Seeded University");
        var compliance = App.ClientFor(Personas.Compliance);

        var pages = new List<List<string>>();
        var url = "/compliance?organisation=seeded";
        while (url is not null && pages.Count < 10)
        {
            var page = await HtmlForms.GetPageAsync(compliance, url);
            Assert.Equal(pages.Count > 0, page.QuerySelector("#pagination a[rel=prev]") is not null);
            Assert.Equal("60 applications", page.QuerySelector("#register caption")!.TextContent.Trim());
            pages.Add(References(page));
            url = page.QuerySelector("#pagination a[rel=next]")?.GetAttribute("href");
            if (url is not null)
                Assert.Contains("organisation=seeded", url, StringComparison.Ordinal);
        }

        Assert.Equal([25, 25, 10], pages.Select(p => p.Count));
        Assert.Equal(expected, pages.SelectMany(p => p).ToList());

        // Back from the last page: the same pages, in reverse.
        var last = await HtmlForms.GetPageAsync(compliance, "/compliance?organisation=seeded&after=" + Cursor(pages[1][^1]));
        var back = new List<List<string>> { References(last) };
        var previous = last.QuerySelector("#pagination a[rel=prev]")?.GetAttribute("href");
        while (previous is not null && back.Count < 10)
        {
            var page = await HtmlForms.GetPageAsync(compliance, previous);
            back.Add(References(page));
            previous = page.QuerySelector("#pagination a[rel=prev]")?.GetAttribute("href");
        }

        back.Reverse();
        Assert.Equal(pages, back);

        var csv = await compliance.GetStringAsync("/api/decisions.csv?organisation=seeded");
        var csvReferences = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0].Trim('"')).ToList();
        Assert.Equal(expected, csvReferences);
    }

    [SkippableFact]
    public async Task The_count_stops_at_a_thousand_and_says_more_and_an_old_or_bad_link_shows_the_first_page()
    {
        var expected = await SeedAsync(decided: 1001, undecided: 0, organisation: "Big University");
        var compliance = App.ClientFor(Personas.Compliance);

        var page = await HtmlForms.GetPageAsync(compliance, "/compliance?page=7&after=not-a-cursor");
        Assert.Equal("More than 1,000 applications", page.QuerySelector("#register caption")!.TextContent.Trim());
        Assert.Equal(expected[..25], References(page));
        Assert.Null(page.QuerySelector("#pagination a[rel=prev]"));
    }

    private AppFactory App => _app ?? throw new InvalidOperationException("Seed first.");

    private List<string> References(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#register tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();

    /// <summary>The cursor of a decided row, as the page would write it (to start a walk part-way).</summary>
    private string Cursor(string reference)
    {
        using var scope = App.Services.CreateScope();
        var row = scope.ServiceProvider.GetRequiredService<AppDbContext>().Applications.Single(a => a.Reference == reference);
        var cursor = row.DecidedAt is { } d
            ? new Web.Features.Compliance.RegisterCursor(true, d, reference)
            : new Web.Features.Compliance.RegisterCursor(false, row.SubmittedAt!.Value, reference);
        return cursor.Encode();
    }

    /// <summary>
    /// Three rows share each time, so page boundaries fall on ties; one draft and one other organisation's
    /// decision are left out by the register and the filter.
    /// </summary>
    private async Task<List<string>> SeedAsync(int decided, int undecided, string organisation)
    {
        if (provider == "Postgres")
            TestDatabase.RequirePostgres();
        _database = TestDatabase.Create(provider);
        _app = new AppFactory(_database);
        _ = _app.Server; // starts the app, which migrates the database
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = new List<ApplicationRecord>();
        for (var i = 0; i < decided; i++)
        {
            var reference = $"D-{1000 + (i * 37 % decided):D4}";
            rows.Add(Row(reference, ApplicationStatus.Approved, organisation, Base, Base.AddHours(1 + i / 3)));
        }

        for (var i = 0; i < undecided; i++)
        {
            var reference = $"S-{1000 + (i * 37 % undecided):D4}";
            rows.Add(Row(reference, ApplicationStatus.AwaitingDecision, organisation, Base.AddMinutes(i / 3), decided: null));
        }

        var included = rows.ToList();
        rows.Add(Row("R-0001", ApplicationStatus.Draft, organisation, submitted: null, decided: null));
        rows.Add(Row("X-0001", ApplicationStatus.Approved, "Other College", Base, Base.AddHours(2)));
        db.Applications.AddRange(rows);
        await db.SaveChangesAsync();

        return included
            .OrderBy(r => r.DecidedAt is null)
            .ThenByDescending(r => r.DecidedAt ?? r.SubmittedAt)
            .ThenByDescending(r => r.Reference, StringComparer.Ordinal)
            .Select(r => r.Reference)
            .ToList();
    }

    private static ApplicationRecord Row(
        string reference,
        ApplicationStatus status,
        string organisation,
        DateTime? submitted,
        DateTime? decided
    ) =>
        new()
        {
            Id = Guid.NewGuid(),
            Reference = reference,
            OwnerSubject = "seeded",
            Status = status,
            Title = "Seeded project " + reference,
            OrganisationName = organisation,
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

public sealed class RegisterPagingOnSqlite() : RegisterPagingTests("Sqlite");

public sealed class RegisterPagingOnPostgres() : RegisterPagingTests("Postgres");
