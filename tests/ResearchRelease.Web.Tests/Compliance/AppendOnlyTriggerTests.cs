using Npgsql;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Compliance;

/// <summary>On PostgreSQL the database itself refuses to change or remove a stored event.</summary>
public sealed class AppendOnlyTriggerTests
{
    [SkippableTheory]
    [InlineData("UPDATE application_events SET actor_name = 'Someone else'")]
    [InlineData("DELETE FROM application_events")]
    [InlineData("TRUNCATE application_events")]
    public async Task Update_delete_and_truncate_are_refused(string sql)
    {
        TestDatabase.RequirePostgres();
        using var db = TestDatabase.Create("Postgres");
        await using var app = new AppFactory(db);
        var researcher = app.ClientFor(Personas.Researcher);
        await ApiClient.CreateAsync(researcher, ExampleCases.ApplicationJson("pub-01"));

        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await Assert.ThrowsAsync<PostgresException>(() => Tampering.ExecuteAsync(connection, sql));
        await using var count = new NpgsqlCommand("SELECT COUNT(*) FROM application_events", connection);
        Assert.Equal(1L, (long)(await count.ExecuteScalarAsync())!);
    }
}
