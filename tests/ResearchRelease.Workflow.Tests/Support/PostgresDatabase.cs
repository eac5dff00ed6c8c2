using Npgsql;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Workflow.Tests.Support;

/// <summary>
/// A fresh PostgreSQL database per test class, named rr_wf_&lt;random&gt; and dropped afterwards,
/// on the server named by RR_TEST_POSTGRES. Unset: the PostgreSQL tests skip, except in CI
/// (CI=true), where a missing server must fail the run rather than pass it silently.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    public const string Variable = "RR_TEST_POSTGRES";

    private string? _server;
    private string? _name;

    internal StoreUnderTest? Store { get; private set; }

    public async Task InitializeAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(
                    $"{Variable} is not set, but CI=true: the PostgreSQL tests must run in CI. Set it to a server connection string."
                );
            }

            return;
        }

        _server = LoopbackPostgres.WithoutTls(server);
        _name = "rr_wf_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteOnServerAsync($"CREATE DATABASE {_name}");
        Store = new StoreUnderTest("Postgres", new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (_name is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    internal void SkipIfUnavailable() =>
        Skip.If(Store is null, $"{Variable} is not set (e.g. Host=127.0.0.1;Port=5432;Username=rr;Password=rr;Database=rr)");

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
