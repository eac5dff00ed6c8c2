using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ResearchRelease.Web.Data;

/// <summary>Used only by <c>dotnet ef migrations add</c>; connection strings are placeholders.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design.db").UseSnakeCaseNamingConvention().Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(
            new DbContextOptionsBuilder<PostgresAppDbContext>()
                .UseNpgsql("Host=localhost;Database=design")
                .UseSnakeCaseNamingConvention()
                .Options
        );
}
