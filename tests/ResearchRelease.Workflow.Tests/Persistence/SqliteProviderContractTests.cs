using Microsoft.EntityFrameworkCore;
using ResearchRelease.Workflow.Engine;
using ResearchRelease.Workflow.Persistence;
using ResearchRelease.Workflow.Tests.Support;

namespace ResearchRelease.Workflow.Tests.Persistence;

public sealed class SqliteProviderContractTests : ProviderContractScenarios, IDisposable
{
    private readonly TempFolder _folder = new();

    internal override StoreUnderTest Store => StoreUnderTest.NewSqliteFile(_folder.Path);

    [Fact]
    public void Every_connection_waits_on_a_busy_database_and_the_file_uses_wal()
    {
        var options = new ReleaseProcessOptions { Provider = Store.Provider, ConnectionString = Store.ConnectionString };
        new EfPersistenceProvider(
            new WorkflowStoreContextFactory(options, new EngineStatements()),
            options,
            new DueBell()
        ).EnsureStoreExists();
        using var db = new WorkflowStoreContextFactory(options, new EngineStatements()).CreateDbContext();
        db.Database.OpenConnection();
        using var command = db.Database.GetDbConnection().CreateCommand();

        command.CommandText = "PRAGMA busy_timeout;";
        Assert.Equal(5000L, command.ExecuteScalar());
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    public void Dispose() => _folder.Dispose();
}
