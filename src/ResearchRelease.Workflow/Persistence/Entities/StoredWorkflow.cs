namespace ResearchRelease.Workflow.Persistence.Entities;

/// <summary>A row of wf_workflows: one WorkflowCore instance.</summary>
internal sealed class StoredWorkflow
{
    public string Id { get; set; } = "";

    public string WorkflowDefinitionId { get; set; } = "";

    public int Version { get; set; }

    public string? Description { get; set; }

    /// <summary>The application id; unique, which makes starting an application idempotent.</summary>
    public string? Reference { get; set; }

    /// <summary>UTC ticks, as WorkflowCore keeps it.</summary>
    public long? NextExecution { get; set; }

    /// <summary>
    /// Real-time UTC ticks until which a node has this instance in its queue; null when no node has. Set by the
    /// engine's poller as it queues the instance, cleared when a run saves it.
    /// </summary>
    public long? ClaimedUntilUtcTicks { get; set; }

    /// <summary>Wake-ups asked for by signals; a run that loads the instance with more than it has handled wakes its waits.</summary>
    public long WakeCount { get; set; }

    /// <summary>The wake-up count as of the last run that saved the instance.</summary>
    public long HandledWakes { get; set; }

    /// <summary>
    /// Counts the saves of the instance; a save names the revision it loaded and fails if another save came first
    /// (a run whose lock was lost, ADR 0021). Wake-ups and claims do not change it.
    /// </summary>
    public long Revision { get; set; }

    public string Status { get; set; } = "";

    /// <summary>Newtonsoft JSON with type names (see StoreJson).</summary>
    public string? Data { get; set; }

    public long CreateTimeUtcTicks { get; set; }

    public long? CompleteTimeUtcTicks { get; set; }

    public List<StoredExecutionPointer> ExecutionPointers { get; set; } = [];
}
