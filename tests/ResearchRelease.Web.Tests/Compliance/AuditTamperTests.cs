using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Compliance;

/// <summary>
/// The four attacks an outside tester made that the check once called intact. Each attacker here has full write
/// access to the database and knows the published hashing scheme, but not the chain key or the anchor file.
/// </summary>
public abstract class AuditTamperTests(string provider)
{
    [SkippableFact]
    public async Task Deleting_the_last_event_and_lowering_the_version_is_found()
    {
        using var db = Database();
        await using var app = new AppFactory(db);
        var (id, _) = await ApprovedAsync(app);
        Assert.Equal("intact", (await VerifyAsync(app)).GetProperty("status").GetString());

        await Tampering.ApplyAsync(
            db,
            $"DELETE FROM application_events WHERE application_id = {Uuid(db, id)} AND sequence = (SELECT MAX(sequence) FROM application_events); "
                + $"UPDATE applications SET version = version - 1 WHERE id = {Uuid(db, id)}"
        );

        AssertBroken(await VerifyAsync(app), id, "read_model_differs");
    }

    [SkippableFact]
    public async Task Changing_a_decision_and_recomputing_the_chain_is_found()
    {
        using var db = Database();
        await using var app = new AppFactory(db);
        var (id, _) = await ApprovedAsync(app);

        await Tampering.ApplyAsync(
            db,
            "UPDATE application_events SET payload = REPLACE(payload, '\"outcome\":\"approve\"', '\"outcome\":\"refuse\"') WHERE type = 'decided'"
        );
        await RecomputeUnkeyedChainAsync(app, db, id);
        await MatchReadModelToEventsAsync(app, db, id);

        AssertBroken(await VerifyAsync(app), id, "not_keyed");
    }

    [SkippableFact]
    public async Task Replacing_a_letters_stored_bytes_is_found()
    {
        using var db = Database();
        await using var app = new AppFactory(db);
        var (id, _) = await ApprovedAsync(app);

        // A different PDF with its own matching SHA-256 in the letters row: only the event's record of the hash disagrees.
        var forged = "%PDF-1.7\n% not the letter that was issued\n"u8.ToArray();
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(forged));
        await using (var connection = Tampering.Open(db))
        {
            await connection.OpenAsync();
            if (db.IsPostgres)
                await Tampering.ExecuteAsync(connection, "SET session_replication_role = replica");
            await using var command = connection.CreateCommand();
            command.CommandText = $"UPDATE letters SET content = @content, sha256 = @sha WHERE application_id = {Uuid(db, id)}";
            AddParameter(command, "@content", forged);
            AddParameter(command, "@sha", sha);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        AssertBroken(await VerifyAsync(app), id, "letter_altered");
    }

    [SkippableFact]
    public async Task Deleting_a_whole_application_is_found_against_the_anchored_head()
    {
        using var db = Database();
        await using var app = new AppFactory(db);
        var (kept, _) = await ApprovedAsync(app);
        var (removed, _) = await ApprovedAsync(app);
        await AuditAnchors.AnchorAsync(app);

        await Tampering.ApplyAsync(db, DeleteApplicationSql(db, removed));

        var report = await VerifyAsync(app);
        AssertBroken(report, removed, "application_deleted");
        Assert.Equal(1, report.GetProperty("applications").GetInt32());
        Assert.NotEqual(kept, removed);
    }

    private TestDatabase Database()
    {
        if (provider == "Postgres")
            TestDatabase.RequirePostgres();
        return TestDatabase.Create(provider);
    }

    internal static string DeleteApplicationSql(TestDatabase db, Guid id) =>
        string.Join(
            "; ",
            new[]
            {
                "application_events",
                "letters",
                "application_data_items",
                "outbox",
                "notifications",
                "sent_notifications",
                "attachments",
            }
                .Select(t => $"DELETE FROM {t} WHERE application_id = {Uuid(db, id)}")
                .Append($"DELETE FROM applications WHERE id = {Uuid(db, id)}")
        );

    internal static string Uuid(TestDatabase db, Guid id) => db.IsPostgres ? $"'{id:D}'::uuid" : $"'{id.ToString("D").ToUpperInvariant()}'";

    private static void AddParameter(System.Data.Common.DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }

    /// <summary>What an attacker without the key can do: rehash every event with the published unkeyed scheme.</summary>
    internal static async Task RecomputeUnkeyedChainAsync(AppFactory app, TestDatabase db, Guid id)
    {
        List<StoredEvent> rows;
        using (var scope = app.Services.CreateScope())
        {
            rows = await scope
                .ServiceProvider.GetRequiredService<AppDbContext>()
                .Events.AsNoTracking()
                .Where(e => e.ApplicationId == id)
                .OrderBy(e => e.Sequence)
                .ToListAsync();
        }
        await using var connection = Tampering.Open(db);
        await connection.OpenAsync();
        if (db.IsPostgres)
            await Tampering.ExecuteAsync(connection, "SET session_replication_role = replica");
        var previous = EventHasher.Genesis;
        foreach (var row in rows)
        {
            row.PreviousHash = previous;
            row.Hash = EventHasher.Compute(row);
            previous = row.Hash;
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE application_events SET hash = @hash, previous_hash = @previous WHERE id = @id";
            AddParameter(command, "@hash", row.Hash);
            AddParameter(command, "@previous", row.PreviousHash);
            AddParameter(command, "@id", row.Id);
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>The thorough attacker also makes the read model agree with the rewritten events.</summary>
    internal static async Task MatchReadModelToEventsAsync(AppFactory app, TestDatabase db, Guid id)
    {
        using var scope = app.Services.CreateScope();
        var loaded = await scope.ServiceProvider.GetRequiredService<ApplicationStore>().LoadAsync(id, CancellationToken.None);
        var state = loaded!.State;
        var outcome = state.Decision?.Outcome is { } o ? $"'{o}'" : "NULL";
        await Tampering.ApplyAsync(
            db,
            $"UPDATE applications SET status = '{state.Status}', version = {state.Version}, decision_outcome = {outcome} WHERE id = {Uuid(db, id)}"
        );
    }

    internal static async Task<(Guid, string)> ApprovedAsync(AppFactory app)
    {
        var researcher = app.ClientFor(Personas.Researcher);
        var (id, reference) = await ApiClient.CreateAsync(researcher, ExampleCases.ApplicationJson("pub-01"));
        await ApiClient.SubmitAsync(researcher, id);
        await ApiClient.WaitForStatusAsync(researcher, id, "AwaitingDecision");
        var decided = await ApiClient.DecideAsync(
            app.ClientFor(Personas.ChiefStatistician),
            id,
            new
            {
                outcome = "approve",
                endDate = "2029-03-31",
                reasons = "A sound design with clear public benefit.",
            }
        );
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
        await ApiClient.WaitForLetterAsync(researcher, id);
        return (id, reference);
    }

    internal static async Task<JsonElement> VerifyAsync(AppFactory app)
    {
        var response = await app.ClientFor(Personas.Compliance).GetAsync("/api/audit/verify");
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    internal static void AssertBroken(JsonElement report, Guid id, string problem)
    {
        Assert.True(report.GetProperty("status").GetString() == "broken", $"expected {problem}, the check said: {report}");
        var broken = report.GetProperty("firstBreak");
        Assert.Equal(problem, broken.GetProperty("problem").GetString());
        Assert.Equal(id, broken.GetProperty("applicationId").GetGuid());
    }
}

public sealed class AuditTamperOnSqlite() : AuditTamperTests("Sqlite");

public sealed class AuditTamperOnPostgres() : AuditTamperTests("Postgres");
