using System.Collections.Concurrent;
using Medallion.Threading.Postgres;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ResearchRelease.Workflow.Nodes;

/// <summary>
/// WorkflowCore's lock provider on PostgreSQL session advisory locks (DistributedLock.Postgres), so that any
/// number of nodes on one database may run steps: a workflow instance, an event (<c>evt:</c> ids) and each of
/// the poller's passes are then locked database-wide, not per process. See docs/adr/0011-multi-node.md.
/// </summary>
/// <remarks>
/// WorkflowCore's contract is that of its in-memory SingleNodeLockProvider: <see cref="AcquireLock"/> answers
/// at once (false while anyone holds the id, this node included) and <see cref="ReleaseLock"/> takes the id,
/// not a handle. So handles are kept here by id. A lock taken on this node is refused here first: PostgreSQL
/// advisory locks are re-entrant within one session, and with connection multiplexing two holders on this node
/// could otherwise share a session. A lock dies with its connection, so a node that crashes or loses the
/// database frees its locks without anyone's help.
/// </remarks>
internal sealed class PostgresAdvisoryLockProvider : WorkflowCore.Interface.IDistributedLockProvider, IDisposable, IAsyncDisposable
{
    /// <summary>The application_name of the lock connections unless the connection string sets one: they show in pg_stat_activity.</summary>
    public const string DefaultApplicationName = "researchrelease-locks";

    private readonly ConcurrentDictionary<string, Holder> _held = new(StringComparer.Ordinal);
    private readonly string _connectionString;
    private readonly ILogger<PostgresAdvisoryLockProvider> _logger;
    private volatile bool _stopped;

    public PostgresAdvisoryLockProvider(string connectionString, ILogger<PostgresAdvisoryLockProvider> logger)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.ApplicationName)) builder.ApplicationName = DefaultApplicationName;
        _connectionString = builder.ConnectionString;
        _logger = logger;
    }

    /// <summary>How many locks this node holds now (for tests and diagnostics).</summary>
    public int HeldCount => _held.Count;

    public async Task<bool> AcquireLock(string Id, CancellationToken cancellationToken)
    {
        if (_stopped) return false;
        var holder = new Holder();
        if (!_held.TryAdd(Id, holder)) return false;
        try
        {
            // Multiplexing (the default) keeps several held locks on one connection; a zero timeout is a single
            // pg_try_advisory_lock, never a wait.
            var handle = await new PostgresDistributedLock(new PostgresAdvisoryLockKey(Id, allowHashing: true), _connectionString)
                .TryAcquireAsync(TimeSpan.Zero, cancellationToken);
            if (handle is null)
            {
                _held.TryRemove(new KeyValuePair<string, Holder>(Id, holder));
                return false;
            }

            holder.Set(handle);
            if (_stopped)
            {
                // Stop ran while this was in flight (WorkflowCore's poller timer can fire during shutdown). Kept, it
                // would be held for as long as the process lives: the other nodes could never take it.
                _held.TryRemove(new KeyValuePair<string, Holder>(Id, holder));
                if (holder.Take() is { } late) await late.DisposeAsync();
                return false;
            }

            return true;
        }
        catch
        {
            _held.TryRemove(new KeyValuePair<string, Holder>(Id, holder));
            throw;
        }
    }

    public async Task ReleaseLock(string Id)
    {
        if (!_held.TryRemove(Id, out var holder) || holder.Take() is not { } handle) return;
        try
        {
            await handle.DisposeAsync();
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            // The connection is gone, and the lock with it: nothing is left to release. WorkflowCore calls this
            // from finally blocks, where an exception would hide the step's own outcome.
            _logger.LogWarning(ex, "Releasing workflow lock {LockId} failed; the lock ended with its connection.", Id);
        }
    }

    public Task Start()
    {
        _stopped = false;
        _logger.LogInformation("Workflow locks: PostgreSQL advisory locks (application_name {ApplicationName}).",
            new NpgsqlConnectionStringBuilder(_connectionString).ApplicationName);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Called by the host after its consumers have stopped: whatever is still held is let go, and nothing more is
    /// granted until <see cref="Start"/>.
    /// </summary>
    public async Task Stop()
    {
        _stopped = true;
        foreach (var id in _held.Keys.ToList()) await ReleaseLock(id);
    }

    public async ValueTask DisposeAsync() => await Stop();

    public void Dispose()
    {
        _stopped = true;
        foreach (var id in _held.Keys.ToList())
        {
            if (!_held.TryRemove(id, out var holder)) continue;
            try
            {
                holder.Take()?.Dispose();
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                _logger.LogWarning(ex, "Releasing workflow lock {LockId} failed; the lock ended with its connection.", id);
            }
        }
    }

    /// <summary>One id's handle; whoever takes it first (release, stop, or a late acquisition) disposes it.</summary>
    private sealed class Holder
    {
        private PostgresDistributedLockHandle? _handle;

        public void Set(PostgresDistributedLockHandle handle) => Volatile.Write(ref _handle, handle);

        public PostgresDistributedLockHandle? Take() => Interlocked.Exchange(ref _handle, null);
    }
}
