using System.Threading.Channels;

namespace ResearchRelease.Workflow.Engine;

/// <summary>
/// This node's queue of workflow instances to run: each instance is in it at most once. An instance already
/// queued is not queued again; one asked for while it runs is run once more after it finishes, however often it
/// was asked for; one due shortly after its run is held back until then.
/// </summary>
/// <remarks>
/// WorkflowCore's own queue is an unbounded list that takes every request, so the poller's repeated finds of the
/// same due instance piled up as stale duplicates during a burst, each costing a full load. Here the size of the
/// queue is bounded by the number of distinct instances, and <see cref="PendingCount"/> tells the poller how many
/// more it may claim.
/// </remarks>
internal sealed class WorkQueue : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Channel<string> _ready = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleWriter = false });
    private readonly SemaphoreSlim _room = new(0, int.MaxValue);
    private readonly TimeProvider _time;
    private int _pending;

    public WorkQueue(TimeProvider time) => _time = time;

    private enum State
    {
        Pending,
        Running,
        RunningAgain,
        Scheduled,
    }

    /// <summary>Instances waiting in the queue, not yet taken by a runner.</summary>
    public int PendingCount => Volatile.Read(ref _pending);

    /// <summary>Instances taken by a runner and not yet finished.</summary>
    public int RunningCount
    {
        get
        {
            lock (_gate)
            {
                return _entries.Values.Count(e => e.State is State.Running or State.RunningAgain);
            }
        }
    }

    /// <summary>Asks for a run of the instance; returns whether this call put it in the queue.</summary>
    public bool Enqueue(string id)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(id, out var entry))
            {
                _entries[id] = new Entry(State.Pending);
                return Ready(id);
            }

            switch (entry.State)
            {
                case State.Running:
                    entry.State = State.RunningAgain;
                    return false;
                case State.Scheduled:
                    entry.State = State.Pending;
                    entry.Timer?.Dispose();
                    entry.Timer = null;
                    return Ready(id);
                default:
                    return false;
            }
        }
    }

    /// <summary>
    /// Takes the instance for a run by the caller, unless a runner already has it: true if it was queued, held on a
    /// timer or not here at all; it then counts as running until <see cref="Finish"/>, and a runner that later reads
    /// its id from the channel skips it. False if a runner has it; <paramref name="runnersPass"/> then completes when
    /// that runner finishes its pass.
    /// </summary>
    public bool TryTakeNow(string id, out Task runnersPass)
    {
        lock (_gate)
        {
            runnersPass = Task.CompletedTask;
            if (!_entries.TryGetValue(id, out var entry))
            {
                _entries[id] = new Entry(State.Running);
                return true;
            }

            switch (entry.State)
            {
                case State.Pending:
                    entry.State = State.Running;
                    Interlocked.Decrement(ref _pending);
                    if (_room.CurrentCount == 0)
                    {
                        _room.Release();
                    }

                    return true;
                case State.Scheduled:
                    entry.Timer?.Dispose();
                    entry.Timer = null;
                    entry.State = State.Running;
                    return true;
                default:
                    entry.Finished ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    runnersPass = entry.Finished.Task;
                    return false;
            }
        }
    }

    /// <summary>The next instance to run; it counts as running until <see cref="Finish"/>.</summary>
    public async ValueTask<string> TakeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var id = await _ready.Reader.ReadAsync(cancellationToken);
            lock (_gate)
            {
                if (_entries.TryGetValue(id, out var entry) && entry.State == State.Pending)
                {
                    entry.State = State.Running;
                    Interlocked.Decrement(ref _pending);
                    if (_room.CurrentCount == 0)
                    {
                        _room.Release();
                    }

                    return id;
                }
            }
        }
    }

    /// <summary>
    /// The run is over. <paramref name="runAgainAfter"/> is how long until the instance is due again (null: not
    /// soon, the poller finds it when it is due); within that, it is held here rather than found by polling.
    /// </summary>
    public void Finish(string id, TimeSpan? runAgainAfter)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(id, out var entry))
            {
                return;
            }

            entry.Finished?.TrySetResult();
            entry.Finished = null;
            if (entry.State == State.RunningAgain || runAgainAfter is { } soon && soon <= TimeSpan.Zero)
            {
                entry.State = State.Pending;
                Ready(id);
                return;
            }

            if (runAgainAfter is { } later)
            {
                entry.State = State.Scheduled;
                entry.Timer = _time.CreateTimer(_ => Enqueue(id), null, later, Timeout.InfiniteTimeSpan);
                return;
            }

            _entries.Remove(id);
        }
    }

    /// <summary>Waits until a runner takes an instance (so there is room to claim more) or the time is up.</summary>
    public Task<bool> WaitForRoomAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _room.WaitAsync(timeout, cancellationToken);

    /// <summary>The instances still waiting in the queue, for handing back on stop.</summary>
    public IReadOnlyList<string> PendingIds()
    {
        lock (_gate)
        {
            return _entries.Where(e => e.Value.State is State.Pending or State.Scheduled).Select(e => e.Key).ToList();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var entry in _entries.Values)
            {
                entry.Timer?.Dispose();
                entry.Finished?.TrySetResult();
            }

            _entries.Clear();
        }

        _room.Dispose();
    }

    private bool Ready(string id)
    {
        Interlocked.Increment(ref _pending);
        _ready.Writer.TryWrite(id);
        return true;
    }

    private sealed class Entry(State state)
    {
        public State State { get; set; } = state;

        public ITimer? Timer { get; set; }

        /// <summary>Completed when the pass under way finishes; made only when someone waits for it.</summary>
        public TaskCompletionSource? Finished { get; set; }
    }
}
