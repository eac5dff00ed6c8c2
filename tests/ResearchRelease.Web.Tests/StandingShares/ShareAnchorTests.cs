using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Audit;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Features.StandingShares;
using ResearchRelease.Web.Tests.Compliance;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.StandingShares;

/// <summary>
/// Standing shares' chains are part of the anchored register head (ADR 0015): what the keyed hash alone cannot show (a
/// share deleted whole, or its chain rewritten by someone holding the key) is found against the anchor file.
/// </summary>
public abstract class ShareAnchorTests(string provider)
{
    [SkippableFact]
    public async Task Deleting_a_whole_standing_share_is_found_against_the_anchored_head()
    {
        using var db = Database();
        await using var app = new AppFactory(db);
        var kept = await Shares.ApprovedAsync(app, Today(), "Kept body");
        var removed = await Shares.ApprovedAsync(app, Today(), "Removed body");
        var anchor = await AuditAnchors.AnchorAsync(app);
        Assert.Equal(2, anchor.Applications); // the two shares' chains, and no application
        Assert.Contains(anchor.Changed, c => c.Id == removed);

        var id = AuditTamperTests.Uuid(db, removed);
        await Tampering.ApplyAsync(
            db,
            $"DELETE FROM standing_share_events WHERE share_id = {id}; DELETE FROM standing_shares WHERE id = {id}; "
                + $"DELETE FROM public_register WHERE application_id = {id}; DELETE FROM notifications WHERE application_id = {id}; "
                + $"DELETE FROM outbox WHERE application_id = {id}"
        );

        AuditTamperTests.AssertBroken(await AuditTamperTests.VerifyAsync(app), removed, "share_deleted");
        Assert.NotEqual(kept, removed);
    }

    [SkippableFact]
    public async Task A_share_chain_rewritten_with_the_key_after_it_was_anchored_is_found()
    {
        using var db = Database();
        await using var app = new AppFactory(db);
        var id = await Shares.ApprovedAsync(app, Today(), "Rewritten body");
        await AuditAnchors.AnchorAsync(app);

        // Someone holding the audit key edits the decision and recomputes its hash: the chain itself checks out.
        using (var scope = app.Services.CreateScope())
        {
            var rows = scope.ServiceProvider.GetRequiredService<AppDbContext>().ShareEvents.AsNoTracking();
            var decided = await rows.SingleAsync(e => e.ShareId == id && e.Type == "share_decided");
            Assert.Equal(decided.Sequence, await rows.Where(e => e.ShareId == id).MaxAsync(e => e.Sequence));
            decided.Payload = decided.Payload.Replace("only the items", "all the items", StringComparison.Ordinal);
            var hash = StandingShareStore.Hash(decided, scope.ServiceProvider.GetRequiredService<AuditKey>());
            await Tampering.ApplyAsync(
                db,
                "UPDATE standing_share_events SET payload = replace(payload, 'only the items', 'all the items'), "
                    + $"hash = '{hash}' WHERE id = {decided.Id}"
            );
        }

        AuditTamperTests.AssertBroken(await AuditTamperTests.VerifyAsync(app), id, "anchored_head_differs");
    }

    private static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow);

    private TestDatabase Database()
    {
        if (provider == "Postgres")
            TestDatabase.RequirePostgres();
        return TestDatabase.Create(provider);
    }
}

public sealed class ShareAnchorOnSqlite() : ShareAnchorTests("Sqlite");

public sealed class ShareAnchorOnPostgres() : ShareAnchorTests("Postgres");
