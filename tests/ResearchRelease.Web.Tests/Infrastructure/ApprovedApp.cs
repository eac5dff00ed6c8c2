using System.Text.Json;

namespace ResearchRelease.Web.Tests.Infrastructure;

/// <summary>
/// One app on its own SQLite database with one application taken all the way to an approval letter, for the
/// classes that check what comes out of a decision (verification, registers, exports) without changing it.
/// </summary>
public class ApprovedApp : IAsyncLifetime
{
    private TestDatabase? _database;

    protected virtual string Provider => "Sqlite";

    public AppFactory App { get; private set; } = null!;
    public Guid Id { get; private set; }
    public string Reference { get; private set; } = "";
    public string VerificationCode { get; private set; } = "";
    public string Sha256 { get; private set; } = "";
    public byte[] Pdf { get; private set; } = [];

    public async Task InitializeAsync()
    {
        // Without a PostgreSQL server the PostgreSQL tests skip themselves; the fixture must not fail first.
        if (Provider == "Postgres" && !TestDatabase.PostgresAvailable)
            return;
        _database = TestDatabase.Create(Provider);
        App = new AppFactory(_database);
        var researcher = App.ClientFor(Personas.Researcher);
        (Id, Reference) = await ApiClient.CreateAsync(researcher, ExampleCases.ApplicationJson("pub-01"));
        await ApiClient.SubmitAsync(researcher, Id);
        await ApiClient.WaitForStatusAsync(researcher, Id, "AwaitingDecision");
        var decided = await ApiClient.DecideAsync(
            App.ClientFor(Personas.ChiefStatistician),
            Id,
            new
            {
                outcome = "approve",
                endDate = "2029-03-31",
                reasons = "A sound design with clear public benefit.",
            }
        );
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
        var view = await ApiClient.WaitForLetterAsync(researcher, Id);
        var letter = view.GetProperty("letter");
        VerificationCode = letter.GetProperty("verificationCode").GetString()!;
        Sha256 = letter.GetProperty("sha256").GetString()!;
        Pdf = await researcher.GetByteArrayAsync($"/api/applications/{Id}/letter.pdf");
    }

    public JsonElement Example => JsonDocument.Parse(ExampleCases.ApplicationJson("pub-01")).RootElement;

    public async Task DisposeAsync()
    {
        if (_database is null)
            return;
        await App.DisposeAsync();
        _database.Dispose();
    }
}

/// <summary>The same, on PostgreSQL (RR_TEST_POSTGRES).</summary>
public sealed class ApprovedPostgresApp : ApprovedApp
{
    protected override string Provider => "Postgres";
}
