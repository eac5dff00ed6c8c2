using Microsoft.EntityFrameworkCore;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Catalogue;

/// <summary>On PostgreSQL the catalogue's history is append-only in the database itself, not only in code.</summary>
public sealed class CatalogueHistoryOnPostgresTests
{
    [SkippableFact]
    public async Task Catalogue_changes_cannot_be_updated_or_deleted()
    {
        await using var postgres = PostgresAppScope.Start();
        var db = postgres.Db;
        Assert.True(await db.CatalogueChanges.AnyAsync());
        await AppendOnlyTables.AssertRefusedAsync(db, "catalogue_changes", "actor_name = 'someone else'");
        Assert.DoesNotContain(await db.CatalogueChanges.Select(c => c.ActorName).ToListAsync(), n => n == "someone else");
    }
}
