using Microsoft.EntityFrameworkCore;
using ResearchRelease.Web.Features.Register;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Register;

/// <summary>On PostgreSQL a published quarter's snapshot cannot be changed or removed in the database itself.</summary>
public sealed class RegisterSnapshotsOnPostgresTests
{
    [SkippableFact]
    public async Task A_stored_snapshot_cannot_be_updated_deleted_or_truncated()
    {
        await using var postgres = PostgresAppScope.Start();
        var db = postgres.Db;
        db.RegisterSnapshots.Add(
            new RegisterSnapshot
            {
                Quarter = 20263,
                MadeAt = DateTime.UtcNow,
                Entries = 1,
                Csv = [1, 2, 3],
                Json = [4, 5, 6],
                CsvSha256 = "a",
                JsonSha256 = "b",
            }
        );
        await db.SaveChangesAsync();

        await AppendOnlyTables.AssertRefusedAsync(db, "register_snapshots", "entries = 2");

        var stored = await db.RegisterSnapshots.AsNoTracking().SingleAsync(s => s.Quarter == 20263);
        Assert.Equal(1, stored.Entries);
        Assert.Equal([1, 2, 3], stored.Csv);
    }
}
