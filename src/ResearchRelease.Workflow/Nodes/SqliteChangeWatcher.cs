using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using ResearchRelease.Workflow.Engine;
using WorkflowCore.Interface;

namespace ResearchRelease.Workflow.Nodes;

/// <summary>
/// On SQLite, where there is no NOTIFY, rings this node's <see cref="DueBell"/> when the database file or its
/// write-ahead log is written, at most once a poll interval: a web-only process sharing the file may have started or
/// signalled an instance. Reads do not write the files, so an idle app rings nothing and the engine stays silent.
/// </summary>
/// <remarks>
/// The ring says "look now" (due time 0), delayed by the poll interval so that a busy app's stream of writes (this
/// node's own included) costs at most one extra claim a second. A missed change is caught by the poller's sweep.
/// </remarks>
internal sealed class SqliteChangeWatcher(ReleaseProcessOptions options, DueBell bell, ILogger<SqliteChangeWatcher> logger)
    : IBackgroundTask,
        IDisposable
{
    private FileSystemWatcher? _watcher;
    private int _ringPending;
    private volatile bool _stopped;

    public void Start()
    {
        _stopped = false;
        var dataSource = new SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return;
        }

        var path = Path.GetFullPath(dataSource);
        try
        {
            _watcher = new FileSystemWatcher(Path.GetDirectoryName(path)!, Path.GetFileName(path) + "*")
            {
                NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.FileName,
            };
            _watcher.Changed += (_, _) => Changed();
            _watcher.Created += (_, _) => Changed();
            _watcher.EnableRaisingEvents = true;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException)
        {
            // Without it, work written by another process is found at the poller's sweep.
            logger.LogWarning(ex, "Cannot watch the SQLite file {Path} for other processes' writes.", path);
        }
    }

    public void Stop()
    {
        _stopped = true;
        _watcher?.Dispose();
        _watcher = null;
    }

    public void Dispose() => Stop();

    private void Changed()
    {
        if (Interlocked.Exchange(ref _ringPending, 1) == 0)
        {
            _ = RingLaterAsync();
        }
    }

    private async Task RingLaterAsync()
    {
        await Task.Delay(options.PollInterval);
        Volatile.Write(ref _ringPending, 0);
        if (!_stopped)
        {
            bell.Due(0);
        }
    }
}
