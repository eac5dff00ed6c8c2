using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Security;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Fuzz;

/// <summary>
/// The real app on its own database for the fuzz suites, with the rate limits lifted (thousands of requests a
/// minute from one persona are the point here; the limits themselves are proved by RateLimitTests).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public abstract class FuzzApp(string provider) : IAsyncLifetime
{
    private TestDatabase? _database;
    private WebApplicationFactory<Program>? _app;
    private Task<byte[]>? _letter;

    public string Provider => provider;

    public WebApplicationFactory<Program> App
    {
        get
        {
            if (provider == "Postgres") TestDatabase.RequirePostgres();
            return _app ?? throw new InvalidOperationException("The fuzz app did not start.");
        }
    }

    public Task InitializeAsync()
    {
        if (provider == "Postgres" && !TestDatabase.PostgresAvailable) return Task.CompletedTask;
        _database = TestDatabase.Create(provider);
        _app = new AppFactory(_database).WithWebHostBuilder(b =>
        {
            foreach (var policy in RateLimitPolicies.All) b.UseSetting($"RateLimits:{policy}:PermitsPerMinute", "1000000");
        });
        _ = _app.Server;
        return Task.CompletedTask;
    }

    public HttpClient ClientFor(string? persona)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });
        if (persona is not null) client.DefaultRequestHeaders.Add(Web.Auth.DevelopmentPersonas.HeaderName, persona);
        return client;
    }

    /// <summary>A real issued letter's PDF, issued once per fixture (the verification fuzz tampers with it).</summary>
    public Task<byte[]> LetterAsync() => _letter ??= FuzzLetter.IssueAsync(this);

    /// <summary>Every row a request could have written about one application (or, without one, in the whole store).</summary>
    public async Task<StoredRows> RowsAsync(Guid? applicationId = null)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = applicationId ?? Guid.Empty;
        var all = applicationId is null;
        return new StoredRows(
            await db.Applications.CountAsync(a => all || a.Id == id),
            await db.Events.CountAsync(e => all || e.ApplicationId == id),
            await db.Outbox.CountAsync(o => all || o.ApplicationId == id),
            await db.Attachments.CountAsync(a => all || a.ApplicationId == id),
            await db.Letters.CountAsync(l => all || l.ApplicationId == id),
            await db.CatalogueChanges.CountAsync(),
            await db.Applications.Where(a => a.Id == id).Select(a => a.Version).SingleOrDefaultAsync());
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        _database?.Dispose();
    }
}

public sealed class SqliteFuzzApp() : FuzzApp("Sqlite");

public sealed class PostgresFuzzApp() : FuzzApp("Postgres");
