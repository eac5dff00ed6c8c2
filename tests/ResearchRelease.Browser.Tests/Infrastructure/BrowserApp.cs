using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ResearchRelease.Browser.Tests.Infrastructure;

/// <summary>
/// The real app on a real socket (Kestrel on a free loopback port) with its own SQLite database, in Development
/// so persona sign-in is on, for the tests of one class; the headless Chromium is the process's one (<see cref="Chromium.SharedAsync"/>).
/// </summary>
#pragma warning disable CA1001 // disposed in DisposeAsync, which xunit calls for an IAsyncLifetime fixture
public sealed class BrowserApp : IAsyncLifetime
#pragma warning restore CA1001
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "rr-browser-tests", Guid.NewGuid().ToString("N"));
    private Factory? _factory;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!Chromium.Installed)
            return; // each test calls Chromium.Require(), which fails in CI and skips locally
        Directory.CreateDirectory(_folder);
        _factory = new Factory($"Data Source={Path.Combine(_folder, "app.db")}");
        _factory.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseUrl = _factory
            .Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.First()
            .Replace("[::1]", "127.0.0.1", StringComparison.Ordinal)
            .TrimEnd('/');
        Browser = await Chromium.SharedAsync();
    }

    /// <summary>
    /// A fresh browser context and tab for one journey. Actions wait up to 30 seconds: CI runs two apps and two
    /// Chromiums on two cores, and a journey proves behaviour, not speed.
    /// </summary>
    public async Task<(Driver Driver, IBrowserContext Context)> NewJourneyAsync(string journey, bool keyboard = false)
    {
        var context = await Browser.NewContextAsync(
            new BrowserNewContextOptions
            {
                AcceptDownloads = true,
                ViewportSize = new() { Width = 1280, Height = 900 },
            }
        );
        context.SetDefaultTimeout((float)Driver.ActionTimeout.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)Driver.ActionTimeout.TotalMilliseconds);
        return (new Driver(await context.NewPageAsync(), BaseUrl, journey, keyboard), context);
    }

    /// <summary>An API client signed in with the persona header, for the steps a journey does not look at.</summary>
    public HttpClient Api(string persona)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        client.DefaultRequestHeaders.Add("X-Dev-Persona", persona);
        return client;
    }

    /// <summary>
    /// Reads the application over the API until it gets where the journey needs it. The limit is a safety net
    /// against a hung engine, not a performance assertion.
    /// </summary>
    public async Task<System.Text.Json.JsonElement> WaitForAsync(string persona, Guid id, Func<System.Text.Json.JsonElement, bool> done)
    {
        var client = Api(persona);
        return await ResearchRelease.Web.Tests.Infrastructure.Poll.UntilAsync(
            () => client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/applications/{id}"),
            done,
            last => $"Application {id} did not get there: {last}"
        );
    }

    /// <summary>Drafts a shared example over the API as the researcher, attaches its ethics letter and submits it.</summary>
    public async Task<(Guid Id, string Reference)> SubmitExampleAsync(string exampleId)
    {
        var researcher = Api("researcher");
        var created = await researcher.PostAsync(
            "/api/applications",
            new StringContent(
                ResearchRelease.Web.Tests.Infrastructure.ExampleCases.ApplicationJson(exampleId),
                System.Text.Encoding.UTF8,
                "application/json"
            )
        );
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var body = await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        using var pdf = new ByteArrayContent(OnePagePdf());
        pdf.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        var attached = await researcher.PutAsync($"/api/applications/{id}/attachments/ethics_approval", pdf);
        Assert.True(attached.IsSuccessStatusCode, await attached.Content.ReadAsStringAsync());
        var submitted = await researcher.PostAsync($"/api/applications/{id}/submit", null);
        Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync());
        return (id, body.GetProperty("reference").GetString()!);
    }

    /// <summary>Submits a shared example and waits until it is with the Chief Statistician.</summary>
    public async Task<(Guid Id, string Reference)> AwaitingDecisionAsync(string exampleId = "pub-01")
    {
        var (id, reference) = await SubmitExampleAsync(exampleId);
        await WaitForAsync("researcher", id, v => v.GetProperty("status").GetString() == "AwaitingDecision");
        return (id, reference);
    }

    /// <summary>Records a decision over the API, for journeys in which the Chief Statistician's part is not looked at.</summary>
    public async Task DecideAsync(Guid id, object decision)
    {
        using var body = new StringContent(
            System.Text.Json.JsonSerializer.Serialize(decision, ResearchRelease.Web.Tests.Infrastructure.ExampleCases.Json),
            System.Text.Encoding.UTF8,
            "application/json"
        );
        var decided = await Api("chief-statistician").PostAsync($"/api/applications/{id}/decision", body);
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
    }

    /// <summary>The smallest valid PDF, standing in for an ethics approval letter.</summary>
    public static byte[] OnePagePdf()
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        document.AddPage();
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
            await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private sealed class Factory(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:ConnectionString", connectionString);
            builder.UseSetting("Authentication:DevelopmentPersonas", "true");
            builder.UseSetting("Workflow:PollIntervalSeconds", "0.25");
            builder.UseSetting("Letters:PublicBaseUrl", "https://researchrelease.test");
            ResearchRelease.Web.Tests.Infrastructure.TestAppFiles.Use(builder);
            builder.UseSetting("RateLimits:sign-in:PermitsPerMinute", "1000");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }
    }
}
