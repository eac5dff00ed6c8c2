using System.Text.Json.Nodes;
using ResearchRelease.Web.Features.Compliance;
using ResearchRelease.Web.Tests.Infrastructure;
using static ResearchRelease.Web.Tests.Compliance.AuditTamperTests;

namespace ResearchRelease.Web.Tests.Compliance;

/// <summary>
/// The anchored register head (ADR 0015): what it catches that the database alone cannot, that the file itself cannot be
/// edited, and that chains written before the key still verify, but only if dated before it.
/// </summary>
[LongRunning(17)]
public abstract class AuditAnchorTests(string provider)
{
    [SkippableFact]
    public async Task A_truncated_chain_with_a_read_model_made_to_match_is_found_against_the_anchor()
    {
        using var db = Database();
        await using var app = new AppFactory(db);
        var (id, _) = await ApprovedAsync(app);
        await AuditAnchors.AnchorAsync(app);

        // The thorough attacker: the last event gone and every compared column of the row made to agree with what is left.
        await Tampering.ApplyAsync(
            db,
            $"DELETE FROM application_events WHERE application_id = {Uuid(db, id)} AND sequence = (SELECT MAX(sequence) FROM application_events); "
                + $"DELETE FROM letters WHERE application_id = {Uuid(db, id)}; "
                + $"UPDATE applications SET updated_at = (SELECT MAX(occurred_at) FROM application_events WHERE application_id = {Uuid(db, id)}) WHERE id = {Uuid(db, id)}"
        );
        await MatchReadModelToEventsAsync(app, db, id);

        AssertBroken(await VerifyAsync(app), id, "anchored_events_missing");
    }

    [SkippableFact]
    public async Task The_command_line_check_finds_a_deleted_application_and_prints_the_anchor()
    {
        using var db = Database();
        await using var app = new AppFactory(db);
        var (id, reference) = await ApprovedAsync(app);
        var anchor = await AuditAnchors.AnchorAsync(app);
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
        Assert.Contains(
            $"anchored head: {anchor.At:yyyy-MM-dd HH:mm:ss} UTC, 1 applications, {anchor.RegisterHead}",
            intact.ToString(),
            StringComparison.Ordinal
        );

        await Tampering.ApplyAsync(db, DeleteApplicationSql(db, id));

        var broken = new StringWriter();
        Assert.Equal(1, await AuditCommand.RunAsync(args, broken));
        Assert.Contains($"application {id} ({reference}), event 1, application_deleted", broken.ToString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_public_register_publishes_the_latest_anchored_head()
    {
        using var db = Database();
        await using var app = new AppFactory(db);
        var before = await app.ClientFor(null).GetStringAsync("/register");
        Assert.DoesNotContain("register-head", before, StringComparison.Ordinal);
        await ApprovedAsync(app);
        var anchor = await AuditAnchors.AnchorAsync(app);

        var page = await app.ClientFor(null).GetStringAsync("/register");
        Assert.Contains(anchor.RegisterHead, page, StringComparison.Ordinal);
        Assert.Contains(anchor.Mac!, page, StringComparison.Ordinal);
        Assert.Contains("full record of 1 application", page, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_edited_anchor_file_is_reported_and_never_extended()
    {
        using var db = Database();
        await using var app = new AppFactory(db);
        await ApprovedAsync(app);
        await AuditAnchors.AnchorAsync(app);
        var path = AuditAnchors.PathOf(app);

        // Someone drops the application from the anchored line so that deleting it would pass.
        var line = JsonNode.Parse(File.ReadAllLines(path)[0])!;
        line["changed"] = new JsonArray();
        line["applications"] = 0;
        await File.WriteAllTextAsync(path, line.ToJsonString() + "\n");

        var report = await VerifyAsync(app);
        Assert.Equal("broken", report.GetProperty("status").GetString());
        Assert.Equal("anchor_file_altered", report.GetProperty("firstBreak").GetProperty("problem").GetString());
        Assert.Null(await AuditAnchors.TryAnchorAsync(app));
        Assert.Single(File.ReadAllLines(path));
    }

    [SkippableFact]
    public async Task Chains_hashed_before_the_key_still_verify_but_only_if_dated_before_it()
    {
        using var db = Database();
        var keys = Path.Combine(Path.GetTempPath(), "rr-tests", "keys-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(keys);
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var later = Path.Combine(keys, "later.key");
        var earlier = Path.Combine(keys, "earlier.key");
        await File.WriteAllTextAsync(later, $$"""{"key":"{{key}}","keyedSince":"2100-01-01T00:00:00Z"}""");
        await File.WriteAllTextAsync(earlier, $$"""{"key":"{{key}}","keyedSince":"2000-01-01T00:00:00Z"}""");
        Guid id;
        await using (var app = new AppFactory(db, settings: new Dictionary<string, string> { ["Audit:KeyPath"] = later }))
        {
            (id, _) = await ApprovedAsync(app);
            // As the code before the key wrote them: plain SHA-256 links.
            await RecomputeUnkeyedChainAsync(app, db, id);
            var report = await VerifyAsync(app);
            Assert.True(report.GetProperty("status").GetString() == "intact", report.ToString());
            Assert.True(report.GetProperty("keyed").GetBoolean());
            Assert.Equal(report.GetProperty("events").GetInt64(), report.GetProperty("unkeyedEvents").GetInt64());
            Assert.Contains("before the chain was keyed", report.GetProperty("notes").ToString(), StringComparison.Ordinal);
        }

        await using (var app = new AppFactory(db, settings: new Dictionary<string, string> { ["Audit:KeyPath"] = earlier }))
            AssertBroken(await VerifyAsync(app), id, "not_keyed");
    }

    private TestDatabase Database()
    {
        if (provider == "Postgres")
            TestDatabase.RequirePostgres();
        return TestDatabase.Create(provider);
    }
}

public sealed class AuditAnchorOnSqlite() : AuditAnchorTests("Sqlite");

public sealed class AuditAnchorOnPostgres() : AuditAnchorTests("Postgres");
