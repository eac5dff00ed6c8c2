using System.ComponentModel.DataAnnotations;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ResearchRelease.Workflow.Persistence;

namespace ResearchRelease.Web.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>"Sqlite" (embedded default) or "Postgres".</summary>
    [RegularExpression("(?i)sqlite|postgres|postgresql", ErrorMessage = "Choose Sqlite or Postgres.")]
    public string Provider { get; set; } = "Sqlite";

    [Required]
    public string ConnectionString { get; set; } = "Data Source=App_Data/researchrelease.db";

    public bool IsPostgres =>
        string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Provider, "PostgreSQL", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The connection string as the app's connections (its own and the engine's) use it. SQLite: the file under the
    /// content root. PostgreSQL, unless the setting says otherwise itself:
    /// - a pooled connection is not reset when it goes back to the pool (No Reset On Close). The app keeps no session
    ///   state on a pooled connection (the engine's advisory locks and its LISTEN have connections of their own), and the
    ///   reset, a DISCARD ALL before every reuse (42 for each application carried through a burst), also discarded every
    ///   prepared statement;
    /// - a statement sent twice on a connection is prepared there (Max Auto Prepare), so PostgreSQL parses and plans it
    ///   once: the app sends a few dozen statements of fixed text, and preparing them cut PostgreSQL's CPU a submission
    ///   by about a third. The schema changes only in migrations, before the app serves anything.
    /// </summary>
    public string EffectiveConnectionString(string contentRoot)
    {
        if (!IsPostgres)
            return SqliteFiles.Rooted(ConnectionString, contentRoot);
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
        var given = new DbConnectionStringBuilder { ConnectionString = ConnectionString }
            .Keys.Cast<string>()
            .Select(k => k.Replace(" ", "", StringComparison.Ordinal))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (!given.Contains("NoResetOnClose"))
            builder.NoResetOnClose = true;
        if (!given.Contains("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 100;
            if (!given.Contains("AutoPrepareMinUsages"))
                builder.AutoPrepareMinUsages = 2;
        }
        return builder.ConnectionString;
    }
}

public static class DatabaseSetup
{
    /// <summary>
    /// Registers the provider chosen by configuration; <see cref="AppDbContext"/> resolves to it. The contexts come from
    /// a pool: a context set up from scratch builds its internal services first, which cost a submission about a tenth of
    /// its CPU in the app (several scopes each). EF resets a context (tracked entities, transaction, command timeout)
    /// when it goes back to the pool; nothing here keeps other state on a context.
    /// </summary>
    /// <returns>The plain connection the start-up check (<see cref="DatabaseCheck"/>) uses; nothing else needs it.</returns>
    public static PlainConnection AddAppDatabase(this IServiceCollection services, DatabaseOptions options, string contentRoot)
    {
        var connectionString = options.EffectiveConnectionString(contentRoot);
        PlainConnection plain;
        if (options.IsPostgres)
        {
            services.AddDbContextPool<PostgresAppDbContext>(o => o.UseNpgsql(connectionString).UseSnakeCaseNamingConvention());
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<PostgresAppDbContext>());
            plain = new PlainConnection(typeof(PostgresAppDbContext), () => new Npgsql.NpgsqlConnection(connectionString));
        }
        else
        {
            services.AddDbContextPool<SqliteAppDbContext>(o =>
                o.UseSqlite(connectionString).UseSnakeCaseNamingConvention().AddInterceptors(SqliteBusyTimeout.Instance)
            );
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
            plain = new PlainConnection(typeof(SqliteAppDbContext), () => new SqliteConnection(connectionString));
        }

        return plain;
    }
}

/// <summary>
/// A plain ADO.NET connection to the app's database and the context type its migrations are compiled for: the
/// start-up checks use it because opening a context's own connection first builds EF's internal services.
/// </summary>
public sealed record PlainConnection(Type ContextType, Func<DbConnection> Create)
{
    public bool IsSqlite => ContextType == typeof(SqliteAppDbContext);
}

/// <summary>Makes a relative SQLite path relative to the content root and creates its folder.</summary>
public static class SqliteFiles
{
    public static string Rooted(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (
            builder.DataSource is { Length: > 0 } path
            && path != ":memory:"
            && !builder.DataSource.StartsWith("file:", StringComparison.Ordinal)
        )
        {
            var full = Path.IsPathRooted(path) ? path : Path.Combine(contentRoot, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            builder.DataSource = full;
        }
        return builder.ToString();
    }
}
