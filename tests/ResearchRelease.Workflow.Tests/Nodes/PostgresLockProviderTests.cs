using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using ResearchRelease.Workflow.Nodes;
using ResearchRelease.Workflow.Tests.Support;

namespace ResearchRelease.Workflow.Tests.Nodes;

/// <summary>
/// The lock provider as WorkflowCore uses it, two "nodes" (two providers, each with its own connections) on one
/// PostgreSQL database: an id held anywhere is refused at once, and a lock dies with its connection.
/// </summary>
public sealed class PostgresLockProviderTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private readonly List<PostgresAdvisoryLockProvider> _providers = [];

    [SkippableFact]
    public async Task A_lock_held_by_one_node_is_refused_to_another_until_released()
    {
        database.SkipIfUnavailable();
        var (a, b) = (Node("a"), Node("b"));
        var id = Guid.NewGuid().ToString();

        Assert.True(await a.AcquireLock(id, default));
        Assert.False(await b.AcquireLock(id, default));
        Assert.True(await b.AcquireLock("other-" + id, default));

        await a.ReleaseLock(id);
        Assert.True(await b.AcquireLock(id, default));
        Assert.False(await a.AcquireLock(id, default));
    }

    [SkippableFact]
    public async Task A_node_is_refused_an_id_it_already_holds()
    {
        // PostgreSQL advisory locks are re-entrant per session; WorkflowCore expects a second AcquireLock to fail.
        database.SkipIfUnavailable();
        var a = Node("a");
        var id = "evt:" + Guid.NewGuid();

        Assert.True(await a.AcquireLock(id, default));
        Assert.False(await a.AcquireLock(id, default));
        await a.ReleaseLock(id);
        Assert.True(await a.AcquireLock(id, default));
    }

    [SkippableFact]
    public async Task Concurrent_attempts_on_one_id_from_two_nodes_give_exactly_one_holder()
    {
        database.SkipIfUnavailable();
        var (a, b) = (Node("a"), Node("b"));
        var id = Guid.NewGuid().ToString();

        var attempts = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? a : b).AcquireLock(id, default)));

        Assert.Single(attempts, won => won);
    }

    [SkippableFact]
    public async Task A_lock_held_by_a_dead_connection_is_released()
    {
        database.SkipIfUnavailable();
        var name = "rr-lock-test-" + Guid.NewGuid().ToString("N")[..8];
        var (dying, b) = (Node(name), Node("b"));
        var id = Guid.NewGuid().ToString();
        Assert.True(await dying.AcquireLock(id, default));
        Assert.False(await b.AcquireLock(id, default));

        // The node's database session ends, as when its machine or network fails.
        await using (var admin = new NpgsqlConnection(database.Store!.ConnectionString))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = @name",
                admin
            );
            kill.Parameters.AddWithValue("name", name);
            Assert.Equal(1L, await kill.ExecuteScalarAsync());
        }

        var acquired = false;
        await Eventually.UntilAsync(() => acquired = b.AcquireLock(id, default).GetAwaiter().GetResult(), "the dead session's lock to go");
        Assert.True(acquired);
        // The dead node's own release finds nothing to do and must not throw from WorkflowCore's finally blocks.
        await dying.ReleaseLock(id);
        Assert.Equal(0, dying.HeldCount);
    }

    [SkippableFact]
    public async Task A_lock_lost_with_its_connection_is_known_lost_once_the_node_uses_the_connection_again()
    {
        database.SkipIfUnavailable();
        var name = "rr-lock-test-" + Guid.NewGuid().ToString("N")[..8];
        var dying = Node(name);
        var id = Guid.NewGuid().ToString();
        Assert.True(await dying.AcquireLock(id, default));
        Assert.True(dying.StillHeld(id));

        await TerminateAsync(name);
        await Assert.ThrowsAnyAsync<Exception>(() => dying.AcquireLock(Guid.NewGuid().ToString(), default));

        Assert.False(dying.StillHeld(id));
        // A new connection serves the next lock.
        Assert.True(await dying.AcquireLock(Guid.NewGuid().ToString(), default));
    }

    [SkippableFact]
    public async Task Its_keys_are_those_of_the_previous_release_which_took_locks_through_DistributedLock()
    {
        database.SkipIfUnavailable();
        var a = Node("a");
        var id = Guid.NewGuid().ToString();
        var key = new Medallion.Threading.Postgres.PostgresAdvisoryLockKey(id, allowHashing: true);
        await using (
            var handle = await new Medallion.Threading.Postgres.PostgresDistributedLock(
                key,
                database.Store!.ConnectionString
            ).TryAcquireAsync()
        )
        {
            Assert.NotNull(handle);
            Assert.False(await a.AcquireLock(id, default));
        }

        Assert.True(await a.AcquireLock(id, default));
        await using var refused = await new Medallion.Threading.Postgres.PostgresDistributedLock(
            key,
            database.Store!.ConnectionString
        ).TryAcquireAsync();
        Assert.Null(refused);
    }

    private async Task TerminateAsync(string applicationName)
    {
        await using var admin = new NpgsqlConnection(database.Store!.ConnectionString);
        await admin.OpenAsync();
        await using var kill = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = @name",
            admin
        );
        kill.Parameters.AddWithValue("name", applicationName);
        Assert.Equal(1L, await kill.ExecuteScalarAsync());
    }

    [SkippableFact]
    public async Task Stopping_a_node_releases_everything_it_held()
    {
        database.SkipIfUnavailable();
        var (a, b) = (Node("a"), Node("b"));
        var ids = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid().ToString()).ToList();
        foreach (var id in ids)
            Assert.True(await a.AcquireLock(id, default));

        await a.Stop();

        Assert.Equal(0, a.HeldCount);
        foreach (var id in ids)
            Assert.True(await b.AcquireLock(id, default));
    }

    [SkippableFact]
    public async Task A_stopped_node_grants_nothing_until_started_again()
    {
        // WorkflowCore's poller timer can still fire while the host stops; a lock granted then would outlive the host.
        database.SkipIfUnavailable();
        var (a, b) = (Node("a"), Node("b"));
        var id = Guid.NewGuid().ToString();
        await a.Stop();

        Assert.False(await a.AcquireLock(id, default));
        Assert.True(await b.AcquireLock(id, default));
        await b.ReleaseLock(id);
        await a.Start();
        Assert.True(await a.AcquireLock(id, default));
    }

    private PostgresAdvisoryLockProvider Node(string applicationName)
    {
        var connection = new NpgsqlConnectionStringBuilder(database.Store!.ConnectionString)
        {
            ApplicationName = applicationName,
        }.ConnectionString;
        var provider = new PostgresAdvisoryLockProvider(connection, NullLogger<PostgresAdvisoryLockProvider>.Instance);
        _providers.Add(provider);
        return provider;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var provider in _providers)
            await provider.DisposeAsync();
    }
}
