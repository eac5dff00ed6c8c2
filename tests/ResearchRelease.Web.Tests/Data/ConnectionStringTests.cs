using Npgsql;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Tests.Data;

/// <summary>The connection string the app's connections use, worked out once from the Database settings.</summary>
public sealed class ConnectionStringTests
{
    [Fact]
    public void PostgreSQL_connections_are_not_reset_on_their_way_back_to_the_pool()
    {
        var options = new DatabaseOptions { Provider = "Postgres", ConnectionString = "Host=db;Database=rr;Username=app" };

        var effective = new NpgsqlConnectionStringBuilder(options.EffectiveConnectionString("/srv/app"));

        Assert.True(effective.NoResetOnClose);
        Assert.Equal("db", effective.Host);
        Assert.Equal("rr", effective.Database);
    }

    [Theory]
    [InlineData("Host=db;Database=rr;No Reset On Close=false")]
    [InlineData("Host=db;Database=rr;noresetonclose=False")]
    public void An_operator_who_asks_for_the_reset_keeps_it(string connectionString)
    {
        var options = new DatabaseOptions { Provider = "PostgreSQL", ConnectionString = connectionString };

        Assert.False(new NpgsqlConnectionStringBuilder(options.EffectiveConnectionString("/srv/app")).NoResetOnClose);
    }

    [Fact]
    public void PostgreSQL_prepares_a_statement_the_second_time_a_connection_sends_it()
    {
        var options = new DatabaseOptions { Provider = "Postgres", ConnectionString = "Host=db;Database=rr;Username=app" };

        var effective = new NpgsqlConnectionStringBuilder(options.EffectiveConnectionString("/srv/app"));

        Assert.Equal(100, effective.MaxAutoPrepare);
        Assert.Equal(2, effective.AutoPrepareMinUsages);
    }

    [Theory]
    [InlineData("Host=db;Database=rr;Max Auto Prepare=0", 0, 5)]
    [InlineData("Host=db;Database=rr;MaxAutoPrepare=20;Auto Prepare Min Usages=7", 20, 7)]
    public void An_operator_who_sets_automatic_preparation_keeps_it(string connectionString, int maximum, int minimumUsages)
    {
        var options = new DatabaseOptions { Provider = "Postgres", ConnectionString = connectionString };

        var effective = new NpgsqlConnectionStringBuilder(options.EffectiveConnectionString("/srv/app"));

        Assert.Equal(maximum, effective.MaxAutoPrepare);
        Assert.Equal(minimumUsages, effective.AutoPrepareMinUsages);
    }

    [Fact]
    public void A_relative_SQLite_file_lies_under_the_content_root()
    {
        var root = Path.Combine(Path.GetTempPath(), "rr-connection-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = new DatabaseOptions { Provider = "Sqlite", ConnectionString = "Data Source=App_Data/rr.db" };

            Assert.Equal($"Data Source={Path.Combine(root, "App_Data", "rr.db")}", options.EffectiveConnectionString(root));
        }
        finally
        {
            if (Directory.Exists(root))
                Directory.Delete(root, recursive: true);
        }
    }
}
