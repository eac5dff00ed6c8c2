using System.Net;
using System.Text.Json;
using ResearchRelease.Web.Features.Compliance;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Compliance;

/// <summary>GET /api/audit/verify and the command-line check find each kind of tampering with stored events.</summary>
public abstract class AuditVerifyTests(string provider)
{
    [SkippableTheory]
    [InlineData("alter", 2, "content_altered")]
    [InlineData("delete", 2, "event_missing")]
    [InlineData("reorder", 2, "link_broken")]
    public async Task The_check_finds_the_first_broken_link(string tampering, int sequence, string problem)
    {
        if (provider == "Postgres")
            TestDatabase.RequirePostgres();
        using var db = TestDatabase.Create(provider);
        await using var app = new AppFactory(db);
        var (id, reference) = await ScreenedApplicationAsync(app);
        var compliance = app.ClientFor(Personas.Compliance);
        Assert.Equal("intact", (await VerifyAsync(compliance)).GetProperty("status").GetString());

        await Tampering.ApplyAsync(db, Tampering.Sql[tampering]);

        var report = await VerifyAsync(compliance);
        Assert.Equal("broken", report.GetProperty("status").GetString());
        var broken = report.GetProperty("firstBreak");
        Assert.Equal(id, broken.GetProperty("applicationId").GetGuid());
        Assert.Equal(reference, broken.GetProperty("reference").GetString());
        Assert.Equal(sequence, broken.GetProperty("sequence").GetInt32());
        Assert.Equal(problem, broken.GetProperty("problem").GetString());
        Assert.Equal(1, report.GetProperty("applications").GetInt32());
    }

    [SkippableFact]
    public async Task Removing_the_last_event_is_found_by_the_register_count()
    {
        if (provider == "Postgres")
            TestDatabase.RequirePostgres();
        using var db = TestDatabase.Create(provider);
        await using var app = new AppFactory(db);
        await ScreenedApplicationAsync(app);
        await Tampering.ApplyAsync(db, Tampering.Sql["delete_last"]);
        var report = await VerifyAsync(app.ClientFor(Personas.Compliance));
        Assert.Equal("events_missing", report.GetProperty("firstBreak").GetProperty("problem").GetString());
    }

    [SkippableFact]
    public async Task The_command_line_check_exits_0_when_intact_and_1_on_a_break()
    {
        if (provider == "Postgres")
            TestDatabase.RequirePostgres();
        using var db = TestDatabase.Create(provider);
        await using var app = new AppFactory(db);
        await ScreenedApplicationAsync(app);
        string[] args =
        [
            AuditCommand.Name,
            $"--Database:Provider={db.Provider}",
            $"--Database:ConnectionString={db.ConnectionString}",
            $"--Audit:KeyPath={TestAppFiles.AuditKeyPath}",
            $"--Audit:AnchorPath={AuditAnchors.PathOf(app)}",
        ];

        var intact = new StringWriter();
        Assert.Equal(0, await AuditCommand.RunAsync(args, intact));
        Assert.StartsWith("audit: intact", intact.ToString(), StringComparison.Ordinal);

        await Tampering.ApplyAsync(db, Tampering.Sql["alter"]);
        var broken = new StringWriter();
        Assert.Equal(1, await AuditCommand.RunAsync(args, broken));
        Assert.Contains("event 2, content_altered", broken.ToString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Only_compliance_may_run_the_check()
    {
        if (provider == "Postgres")
            TestDatabase.RequirePostgres();
        using var db = TestDatabase.Create(provider);
        await using var app = new AppFactory(db);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ClientFor(Personas.Researcher).GetAsync("/api/audit/verify")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ClientFor(Personas.ChiefStatistician).GetAsync("/api/audit/verify")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.ClientFor(null).GetAsync("/api/audit/verify")).StatusCode);
    }

    private static async Task<(Guid, string)> ScreenedApplicationAsync(AppFactory app)
    {
        var researcher = app.ClientFor(Personas.Researcher);
        var (id, reference) = await ApiClient.CreateAsync(researcher, ExampleCases.ApplicationJson("pub-01"));
        await ApiClient.SubmitAsync(researcher, id);
        var view = await ApiClient.WaitForStatusAsync(researcher, id, "AwaitingDecision");
        Assert.True(view.GetProperty("version").GetInt32() >= 3, "the tampering needs at least three events");
        return (id, reference);
    }

    private static async Task<JsonElement> VerifyAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/audit/verify");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}

public sealed class AuditVerifyOnSqlite() : AuditVerifyTests("Sqlite");

public sealed class AuditVerifyOnPostgres() : AuditVerifyTests("Postgres");
