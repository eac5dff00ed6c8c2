namespace ResearchRelease.Workflow;

/// <summary>How the release process engine stores its state and where it finds its definitions.</summary>
public sealed class ReleaseProcessOptions
{
    /// <summary>"Sqlite" or "Postgres" (case-insensitive).</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The engine's database; it may be the app's own database (its tables are prefixed wf_).</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>The folder holding the *.json process definitions (the repository's workflows/).</summary>
    public string DefinitionsFolder { get; set; } = "";

    /// <summary>
    /// How often an idle node compares its clock with the earliest due time it knows (no statement is sent), and how
    /// soon a run must be due again for the node to hold it itself rather than leave it to the poller.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How often a node reads the store for due work even though nothing told it of any (ADR 0021): it catches what a
    /// lost notification or a web-only node on SQLite did not announce. Due times further off than this are not
    /// announced to other nodes, as their next sweep finds them first.
    /// </summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>False for a web-only node: it can start and signal, but runs no steps.</summary>
    public bool RunSteps { get; set; } = true;

    /// <summary>
    /// On PostgreSQL, take the engine's locks as database advisory locks, so that several nodes on one database may
    /// run steps (docs/operations.md). Ignored on SQLite, which is one node only. Turn off only for a single node.
    /// </summary>
    public bool DistributedLocks { get; set; } = true;

    /// <summary>The wait before a failed activity is tried again.</summary>
    public TimeSpan ActivityRetryInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts of one activity before the instance is suspended for an operator.</summary>
    public int MaxActivityAttempts { get; set; } = 5;

    /// <summary>How many instances this node runs at a time.</summary>
    public int StepConcurrency { get; set; } = 4;

    /// <summary>
    /// How long a node's claim on an instance it has queued lasts if the node does not run it (it died): then another
    /// node, or this one restarted, may queue it. A run hands the claim back at once.
    /// </summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Timer id to a period replacing the definition's ("3 working days"), or "after 5 minutes" to count
    /// even an anchored timer from the start of its wait. Development uses this for a short clock.
    /// </summary>
    public Dictionary<string, string> TimerPeriods { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Read the definitions on another thread as soon as the engine is registered, rather than when it is first used: a
    /// web node sets this, so that the reading runs while the rest of the app is composed. A definition that cannot be
    /// read still fails the engine's start, with the same message.
    /// </summary>
    public bool ReadDefinitionsEarly { get; set; }
}
