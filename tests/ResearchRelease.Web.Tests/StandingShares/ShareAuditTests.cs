using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.StandingShares;

/// <summary>The audit check walks the standing shares' chains too: a decision's reasons edited in the database are found.</summary>
public sealed class ShareAuditTests(SqliteShareApp app) : IClassFixture<SqliteShareApp>
{
    [Fact]
    public async Task An_edited_share_decision_breaks_the_audit_check()
    {
        var id = await Shares.ApprovedAsync(app.App, app.Clock.Today, "Audited body " + Guid.NewGuid().ToString("N")[..6]);
        var compliance = app.App.ClientFor(Personas.Compliance);
        Assert.Equal("intact", (await compliance.GetFromJsonAsync<JsonElement>("/api/audit/verify")).GetProperty("status").GetString());

        using (var scope = app.App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var decided = await db.ShareEvents.SingleAsync(e => e.ShareId == id && e.Type == "share_decided");
            await db.Database.ExecuteSqlAsync(
                $"UPDATE standing_share_events SET payload = replace(payload, 'only the items', 'all the items') WHERE id = {decided.Id}"
            );
        }
        var report = await compliance.GetFromJsonAsync<JsonElement>("/api/audit/verify");
        Assert.Equal("broken", report.GetProperty("status").GetString());
        Assert.Equal("share_hash_mismatch", report.GetProperty("firstBreak").GetProperty("problem").GetString());
    }
}
