using Microsoft.EntityFrameworkCore;

namespace ResearchRelease.Web.Data;

/// <summary>The SQLite flavour of <see cref="AppDbContext"/> (embedded default); its migrations live in Data/Migrations/Sqlite.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

/// <summary>The PostgreSQL flavour (CI and production); its migrations live in Data/Migrations/Postgres.</summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
