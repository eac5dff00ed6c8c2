using System.Globalization;
using Microsoft.Extensions.Logging;
using Npgsql;
using ResearchRelease.Workflow.Engine;
using ResearchRelease.Workflow.Persistence;
using WorkflowCore.Interface;

namespace ResearchRelease.Workflow.Nodes;

/// <summary>
/// On PostgreSQL, hears the due times other nodes announce (<see cref="EfPersistenceProvider.DueChannel"/>) and rings
/// this node's <see cref="DueBell"/>. It holds one connection of its own that waits with LISTEN and sends nothing
/// while no one writes; TCP keepalives, not queries, find a connection that died in silence.
/// </summary>
/// <remarks>
/// A notification is not stored: one sent while this connection was down is lost. So each (re)connection rings the
/// bell as if everything were due, and the poller's sweep (ReleaseProcessOptions.SweepInterval) catches anything
/// else that slipped by (a notification the database dropped, a node that died between its write and its notify).
/// </remarks>
internal sealed class PostgresDueListener(
    ReleaseProcessOptions options,
    DueBell bell,
    EngineStatements statements,
    ILogger<PostgresDueListener> logger
) : BackgroundLoop
{
    /// <summary>The application_name of the listening connection unless the connection string sets one.</summary>
    public const string DefaultApplicationName = "researchrelease-engine-listener";

    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(1);

    private string ConnectionString()
    {
        var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString)
        {
            // Its own connection for the life of the node, never returned to the pool (and never reset).
            Pooling = false,
            TcpKeepAlive = true,
            TcpKeepAliveTime = 30,
            TcpKeepAliveInterval = 10,
        };
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = DefaultApplicationName;
        }

        return builder.ConnectionString;
    }

    protected override async Task RunAsync(CancellationToken stopping)
    {
        var connectionString = ConnectionString();
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stopping);
                connection.Notification += (_, e) =>
                    bell.Due(long.TryParse(e.Payload, NumberStyles.Integer, CultureInfo.InvariantCulture, out var due) ? due : 0);
                await using (var command = new NpgsqlCommand($"LISTEN {EfPersistenceProvider.DueChannel}", connection))
                {
                    statements.Add();
                    await command.ExecuteNonQueryAsync(stopping);
                }

                // Whatever was announced while this node was not listening was missed: look now.
                bell.Due(0);
                while (true)
                {
                    await connection.WaitAsync(stopping);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Listening for other engine nodes' due work failed; connecting again.");
                try
                {
                    await Task.Delay(RetryAfterFailure, stopping);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
