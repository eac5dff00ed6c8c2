using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Audit;

/// <summary>
/// A read-only snapshot for the audit check, so that an append while it runs is never half seen (a row newer than its
/// events would read as tampering). PostgreSQL: REPEATABLE READ. SQLite: a deferred transaction, which under WAL takes
/// no write lock and holds back no writer; an immediate one (Microsoft.Data.Sqlite's default) would.
/// </summary>
internal sealed class ReadSnapshot(AppDbContext db, IDbContextTransaction? transaction, DbTransaction? owned) : IAsyncDisposable
{
    public static async Task<ReadSnapshot> BeginAsync(AppDbContext db, CancellationToken ct)
    {
        if (db.Database.GetDbConnection() is not SqliteConnection sqlite)
            return new ReadSnapshot(db, await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct), null);
        await db.Database.OpenConnectionAsync(ct);
        var deferred = sqlite.BeginTransaction(deferred: true);
        return new ReadSnapshot(db, await db.Database.UseTransactionAsync(deferred, ct), deferred);
    }

    public async ValueTask DisposeAsync()
    {
        if (transaction is not null)
            await transaction.DisposeAsync();
        if (owned is null)
            return;
        // EF does not own a transaction it was handed: end it and give the connection back here.
        await db.Database.UseTransactionAsync(null);
        await owned.DisposeAsync();
        await db.Database.CloseConnectionAsync();
    }
}
