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

    public string Status { get; set; } = "";

    /// <summary>Newtonsoft JSON with type names (see StoreJson).</summary>
    public string? Data { get; set; }

    public long CreateTimeUtcTicks { get; set; }

    public long? CompleteTimeUtcTicks { get; set; }

    public List<StoredExecutionPointer> ExecutionPointers { get; set; } = [];
}
