using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ResearchRelease.Web.Auth;

namespace ResearchRelease.Web.Tests.Infrastructure;

/// <summary>
/// The real app on a real database, in the Development environment so persona sign-in is on; requests sign in
/// with the <c>X-Dev-Persona</c> header, exactly as scripts do. Nothing else is replaced unless a test asks.
/// </summary>
public sealed class AppFactory(
    TestDatabase database,
    Action<IServiceCollection>? configure = null,
    IReadOnlyDictionary<string, string>? settings = null
) : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; } = database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Authentication:DevelopmentPersonas", "true");
        builder.UseSetting("Workflow:PollIntervalSeconds", "0.25");
        builder.UseSetting("Workflow:ActivityRetrySeconds", "1");
        foreach (var timer in DevelopmentShortClockTimers())
        {
            // Development's short clock would fire reminders in the middle of a test run: keep the definition's periods.
            builder.UseSetting($"Workflow:TimerPeriods:{timer}", "");
        }

        builder.UseSetting("Letters:PublicBaseUrl", "https://researchrelease.test");
        TestAppFiles.Use(builder);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureLogging(logging => logging.AddProvider(new ServerErrors()));
        // Development seeds example standing shares; tests make their own, so every count a test makes is its own.
        builder.UseSetting("StandingShares:SeedExamples", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            builder.UseSetting(key, value);
        if (configure is not null)
            builder.ConfigureTestServices(configure);
    }

    /// <summary>A client signed in as a development persona (or anonymous when <paramref name="persona"/> is null).</summary>
    public HttpClient ClientFor(string? persona)
    {
        var client = CreateClient(
            new WebApplicationFactoryClientOptions
            {
                AllowAutoRedirect = false,
                HandleCookies = true,
                BaseAddress = new Uri("https://localhost"),
            }
        );
        if (persona is not null)
            client.DefaultRequestHeaders.Add(DevelopmentPersonas.HeaderName, persona);
        return client;
    }

    private static List<string> DevelopmentShortClockTimers()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "appsettings.Development.json");
        if (!File.Exists(path))
        {
            return [];
        }

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.TryGetProperty("Workflow", out var workflow) && workflow.TryGetProperty("TimerPeriods", out var periods)
            ? periods.EnumerateObject().Select(p => p.Name).ToList()
            : [];
    }
}
