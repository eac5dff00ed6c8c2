using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ResearchRelease.Web.Applications;

/// <summary>Recognises a unique-constraint failure on either provider (and only that: "database is locked" is not one).</summary>
public static class UniqueViolation
{
    public static bool Is(DbUpdateException ex) =>
        ex.InnerException switch
        {
            SqliteException s => s.SqliteErrorCode == 19 && s.SqliteExtendedErrorCode is 2067 or 1555,
            PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
            _ => false,
        };
}
