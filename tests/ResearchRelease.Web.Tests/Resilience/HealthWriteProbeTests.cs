using System.Net;
using Microsoft.Data.Sqlite;
using Npgsql;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Resilience;

/// <summary>
/// /health reports a database that can be read but refuses every write as Degraded, with 503, and turns healthy again
/// by itself once writes are accepted: on SQLite while another process holds the write lock, on PostgreSQL while the
/// database is read-only.
/// </summary>
public sealed class HealthWriteProbeTests
{
    [Fact]
    public async Task Sqlite_held_by_another_writer_is_degraded_until_released()
    {
        using var database = TestDatabase.Sqlite();
        await using var app = new AppFactory(database);
        var client = app.ClientFor(null);
        await AssertHealthAsync(client, HttpStatusCode.OK, "Healthy");

        await using (var holder = new SqliteConnection(database.ConnectionString))
        {
            await holder.OpenAsync();
            await using var hold = holder.CreateCommand();
            hold.CommandText = "BEGIN IMMEDIATE";
            await hold.ExecuteNonQueryAsync();
            await AssertHealthAsync(client, HttpStatusCode.ServiceUnavailable, "Degraded");
            hold.CommandText = "ROLLBACK";
            await hold.ExecuteNonQueryAsync();
        }

        await AssertHealthAsync(client, HttpStatusCode.OK, "Healthy");
    }

    [SkippableFact]
    public async Task Postgres_that_is_read_only_is_degraded_and_refuses_the_write_until_writable_again()
    {
        TestDatabase.RequirePostgres();
        using var database = TestDatabase.Create("Postgres");
        await using var app = new AppFactory(database);
        var client = app.ClientFor(null);
        await AssertHealthAsync(client, HttpStatusCode.OK, "Healthy");

        var name = new NpgsqlConnectionStringBuilder(database.ConnectionString).Database!;
        await SetReadOnlyAsync(name, true);
        try
        {
            await AssertHealthAsync(client, HttpStatusCode.ServiceUnavailable, "Degraded");
            var researcher = app.ClientFor(Personas.Researcher);
            var refused = await researcher.PostAsync("/api/applications", ApiClient.Json(ExampleCases.ApplicationJson("pub-01")));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        }
        finally
        {
            await SetReadOnlyAsync(name, false);
        }

        await AssertHealthAsync(client, HttpStatusCode.OK, "Healthy");
    }

    /// <summary>Through the shared server's own database, which stays writable; new connections see the change.</summary>
    private static async Task SetReadOnlyAsync(string database, bool readOnly)
    {
        await using (var admin = new NpgsqlConnection(TestDatabase.PostgresServer()))
        {
            await admin.OpenAsync();
            await using var command = new NpgsqlCommand(
                $"ALTER DATABASE {database} SET default_transaction_read_only = {(readOnly ? "on" : "off")}",
                admin
            );
            await command.ExecuteNonQueryAsync();
        }
        NpgsqlConnection.ClearAllPools();
    }

    private static async Task AssertHealthAsync(HttpClient client, HttpStatusCode status, string report)
    {
        var response = await client.GetAsync("/health");
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(report, await response.Content.ReadAsStringAsync());
    }
}
