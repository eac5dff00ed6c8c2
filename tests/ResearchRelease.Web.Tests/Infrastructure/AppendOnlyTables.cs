using Microsoft.EntityFrameworkCore;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Tests.Infrastructure;

/// <summary>What every append-only table's test checks on PostgreSQL: its triggers refuse UPDATE, DELETE and TRUNCATE.</summary>
internal static class AppendOnlyTables
{
    /// <param name="assignment">A SET clause that would change a row, e.g. "actor_name = 'someone else'".</param>
    public static async Task AssertRefusedAsync(AppDbContext db, string table, string assignment)
    {
        string[] statements = [$"UPDATE {table} SET {assignment}", $"DELETE FROM {table}", $"TRUNCATE {table}"];
        foreach (var sql in statements)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync(sql));
        }
    }
}
