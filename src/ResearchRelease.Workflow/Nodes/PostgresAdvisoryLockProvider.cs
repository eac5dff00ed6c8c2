using System.Collections.Concurrent;
using System.Globalization;
using Medallion.Threading.Postgres;
using Microsoft.Extensions.Logging;
using Npgsql;
using ResearchRelease.Workflow.Persistence;

namespace ResearchRelease.Workflow.Nodes;

/// <summary>
/// WorkflowCore's lock provider on PostgreSQL session advisory locks, so that any number of nodes on one database
/// may run steps: a workflow instance and an event (<c>evt:</c> ids) are then locked database-wide, not per process.
/// See docs/adr/0011-multi-node.md and docs/adr/0021-idle-engine-and-long-lived-lock-connection.md.
/// </summary>
/// <remarks>
/// <para>
/// All of a node's locks live on one connection of its own, opened once and kept (not pooled: a pooled connection
/// is reset with <c>DISCARD ALL</c> whenever it goes back, which was a round trip per lock). Its use is serialised:
/// a lock or unlock is one short statement. Keys are DistributedLock.Postgres's for the same id, so nodes of the
/// previous release, which took the locks through that library, exclude the same instances during an upgrade.
/// </para>
/// <para>
/// WorkflowCore's contract is that of its in-memory SingleNodeLockProvider: <see cref="AcquireLock"/> answers at
/// once (false while anyone holds the id, this node included) and <see cref="ReleaseLock"/> takes the id. A lock
/// taken on this node is refused here first, as advisory locks are re-entrant within one session.
/// </para>
/// <para>
/// A lock dies with its session. When the connection fails, every lock taken on it is treated as lost (the
/// connection's generation moves on), and a new connection is opened for the next lock. A run that held a lost lock
/// may still be under way; <see cref="StillHeld"/> lets it see the loss before it saves, and the store's revision
/// check refuses its save if another node has saved the instance since it was loaded (ADR 0021).
/// </para>
/// </remarks>
internal sealed class PostgresAdvisoryLockProvider : WorkflowCore.Interface.IDistributedLockProvider, IDisposable, IAsyncDisposable
{
    /// <summary>The application_name of the lock connection unless the connection string sets one: it shows in pg_stat_activity.</summary>
    public const string DefaultApplicationName = "researchrelease-locks";

    /// <summary>Id to the generation of the connection its lock was taken on (-1 while being taken).</summary>
    private readonly ConcurrentDictionary<string, long> _held = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _connectionString;
    private readonly ILogger<PostgresAdvisoryLockProvider> _logger;
    private readonly EngineStatements? _statements;
    private NpgsqlConnection? _connection;
    private long _generation;
    private volatile bool _stopped;

    public PostgresAdvisoryLockProvider(
        string connectionString,
        ILogger<PostgresAdvisoryLockProvider> logger,
        EngineStatements? statements = null
    )
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            TcpKeepAlive = true,
            TcpKeepAliveTime = 30,
            TcpKeepAliveInterval = 10,
        };
        if (string.IsNullOrEmpty(builder.ApplicationName))
            builder.ApplicationName = DefaultApplicationName;
        _connectionString = builder.ConnectionString;
        _logger = logger;
        _statements = statements;
    }

    /// <summary>How many locks this node holds now (for tests and diagnostics).</summary>
    public int HeldCount => _held.Count;

    /// <summary>
    /// Whether the lock on <paramref name="id"/> was taken on the connection in use now, and that connection has not
    /// failed since. False means the lock was lost (another node may have taken it): the run must not save.
    /// </summary>
    public bool StillHeld(string id) =>
        _held.TryGetValue(id, out var generation) && generation == Interlocked.Read(ref _generation) && _connection is not null;

    public async Task<bool> AcquireLock(string Id, CancellationToken cancellationToken)
    {
        if (_stopped || !_held.TryAdd(Id, -1))
            return false;
        var granted = false;
        try
        {
            await _gate.WaitAsync(cancellationToken);
            try
            {
                if (_stopped)
                    return false;
                var connection = await OpenAsync(cancellationToken);
                granted = await RunAsync(connection, "pg_try_advisory_lock", Id, cancellationToken);
                if (granted)
                    _held[Id] = _generation;
                return granted;
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                Broken(ex);
                throw;
            }
            finally
            {
                _gate.Release();
            }
        }
        finally
        {
            if (!granted)
                _held.TryRemove(new KeyValuePair<string, long>(Id, -1));
        }
    }

    public async Task ReleaseLock(string Id)
    {
        if (!_held.TryRemove(Id, out var generation) || generation < 0)
            return;
        await _gate.WaitAsync();
        try
        {
            // A lock taken on a connection that has since failed ended with that connection's session.
            if (_connection is null || generation != _generation)
                return;
            await RunAsync(_connection, "pg_advisory_unlock", Id, CancellationToken.None);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            // WorkflowCore calls this from finally blocks, where an exception would hide the step's own outcome.
            _logger.LogWarning(ex, "Releasing workflow lock {LockId} failed; the lock ended with its connection.", Id);
            Broken(ex);
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task Start()
    {
        _stopped = false;
        _logger.LogInformation(
            "Workflow locks: PostgreSQL advisory locks on one connection (application_name {ApplicationName}).",
            new NpgsqlConnectionStringBuilder(_connectionString).ApplicationName
        );
        return Task.CompletedTask;
    }

    /// <summary>
    /// Called by the host after its consumers have stopped: the connection is closed, which lets go of whatever is
    /// still held, and nothing more is granted until <see cref="Start"/>.
    /// </summary>
    public async Task Stop()
    {
        _stopped = true;
        await _gate.WaitAsync();
        try
        {
            _held.Clear();
            Interlocked.Increment(ref _generation);
            if (_connection is { } connection)
            {
                _connection = null;
                await connection.DisposeAsync();
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync() => await Stop();

    public void Dispose()
    {
        _stopped = true;
        _held.Clear();
        _connection?.Dispose();
        _connection = null;
    }

    /// <summary>The node's lock connection, opened if there is none. Called holding the gate.</summary>
    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (_connection is { State: System.Data.ConnectionState.Open } open)
            return open;
        if (_connection is not null)
            Broken(null);
        var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        _connection = connection;
        return connection;
    }

    /// <summary>The connection failed: its locks are gone with its session. Called holding the gate.</summary>
    private void Broken(Exception? error)
    {
        if (_connection is null)
            return;
        _logger.LogWarning(error, "The workflow lock connection failed; the locks it held are lost and a new connection will be opened.");
        Interlocked.Increment(ref _generation);
        var connection = _connection;
        _connection = null;
        try
        {
            connection.Dispose();
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or IOException)
        {
            _logger.LogDebug(ex, "Closing the failed workflow lock connection failed.");
        }
    }

    /// <summary>Runs an advisory lock function on the id's key, as DistributedLock.Postgres derives it.</summary>
    private async Task<bool> RunAsync(NpgsqlConnection connection, string function, string id, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        // The library writes a key as 16 hex digits (one 64-bit key) or two groups of 8 (two 32-bit keys).
        var key = new PostgresAdvisoryLockKey(id, allowHashing: true).ToString();
        var parts = key.Split(',');
        if (
            parts.Length == 1
            && parts[0].Length == 16
            && long.TryParse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var single)
        )
        {
            command.CommandText = $"SELECT {function}(@key)";
            command.Parameters.AddWithValue("key", single);
        }
        else if (
            parts.Length == 2
            && parts.All(p => p.Length == 8)
            && int.TryParse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var first)
            && int.TryParse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var second)
        )
        {
            command.CommandText = $"SELECT {function}(@first, @second)";
            command.Parameters.AddWithValue("first", first);
            command.Parameters.AddWithValue("second", second);
        }
        else
        {
            // Short ids are encoded by the library rather than hashed; the engine's ids (GUIDs) never are.
            throw new ArgumentException($"Lock id '{id}' does not map to a numeric advisory lock key ('{key}').", nameof(id));
        }

        _statements?.Add();
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }
}
