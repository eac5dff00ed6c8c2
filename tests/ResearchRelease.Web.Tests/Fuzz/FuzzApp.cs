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
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "Design",
    "CA1001",
    Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync."
)]
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
            if (provider == "Postgres")
                TestDatabase.RequirePostgres();
            return _app ?? throw new InvalidOperationException("The fuzz app did not start.");
        }
    }

    public Task InitializeAsync()
    {
        if (provider == "Postgres" && !TestDatabase.PostgresAvailable)
            return Task.CompletedTask;
        _database = TestDatabase.Create(provider);
        _app = new AppFactory(_database).WithWebHostBuilder(b =>
        {
            foreach (var policy in RateLimitPolicies.All)
                b.UseSetting($"RateLimits:{policy}:PermitsPerMinute", "1000000");
        });
        _ = _app.Server;
        return Task.CompletedTask;
    }

    public HttpClient ClientFor(string? persona)
    {
        var client = App.CreateClient(
            new WebApplicationFactoryClientOptions
            {
                AllowAutoRedirect = false,
                HandleCookies = true,
                BaseAddress = new Uri("https://localhost"),
            }
        );
        if (persona is not null)
            client.DefaultRequestHeaders.Add(Web.Auth.DevelopmentPersonas.HeaderName, persona);
        return client;
    }

    /// <summary>A real issued letter's PDF, issued once per fixture (the verification fuzz tampers with it).</summary>
    public Task<byte[]> LetterAsync() => _letter ??= FuzzLetter.IssueAsync(this);

    /// <summary>
    /// Every row a request could have written about one application (or, without one, in the whole store), read in
    /// one statement: the fuzzers read it once or twice a case, thousands of cases a run.
    /// </summary>
    public async Task<StoredRows> RowsAsync(Guid? applicationId = null)
    {
        using var scope = App.Services.CreateScope();
        var database = scope.ServiceProvider.GetRequiredService<AppDbContext>().Database;
        await database.OpenConnectionAsync();
        StoredRows rows;
        try
        {
            await using var command = database.GetDbConnection().CreateCommand();
            string Of(string column) => applicationId is null ? "" : $" WHERE {column} = @id";
            command.CommandText = $"""
                SELECT (SELECT COUNT(*) FROM applications{Of("id")}), (SELECT COUNT(*) FROM application_events{Of("application_id")}),
                    (SELECT COUNT(*) FROM outbox{Of("application_id")}), (SELECT COUNT(*) FROM attachments{Of("application_id")}),
                    (SELECT COUNT(*) FROM letters{Of("application_id")}), (SELECT COUNT(*) FROM catalogue_changes),
                    COALESCE((SELECT version FROM applications WHERE id = @id), 0)
                """;
            var id = command.CreateParameter();
            id.ParameterName = "@id";
            // SQLite keeps a Guid as its upper-case text, as the app's model maps it; PostgreSQL as a uuid.
            var wanted = applicationId ?? Guid.Empty;
            id.Value = provider == "Postgres" ? wanted : wanted.ToString("D").ToUpperInvariant();
            command.Parameters.Add(id);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            int At(int i) => Convert.ToInt32(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
            rows = new StoredRows(At(0), At(1), At(2), At(3), At(4), At(5), At(6));
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
        // Counts of an application that is not found would make every "nothing stored" check pass.
        if (applicationId is not null && rows.Applications != 1)
            throw new InvalidOperationException($"Application {applicationId} was not found: {rows}");
        return rows;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
        _database?.Dispose();
    }
}

public sealed class SqliteFuzzApp() : FuzzApp("Sqlite");

public sealed class PostgresFuzzApp() : FuzzApp("Postgres");
