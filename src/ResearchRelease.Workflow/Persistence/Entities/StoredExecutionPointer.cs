namespace ResearchRelease.Workflow.Persistence.Entities;

/// <summary>A row of wf_execution_pointers. Object-typed values are JSON with type names.</summary>
internal sealed class StoredExecutionPointer
{
    public string Id { get; set; } = "";

    public string WorkflowId { get; set; } = "";

    public int StepId { get; set; }

    public bool Active { get; set; }

    public long? SleepUntilUtcTicks { get; set; }

    public string? PersistenceData { get; set; }

    public long? StartTimeUtcTicks { get; set; }

    public long? EndTimeUtcTicks { get; set; }

    public string? EventName { get; set; }

    public string? EventKey { get; set; }

    public bool EventPublished { get; set; }

    public string? EventData { get; set; }

    public string ExtensionAttributes { get; set; } = "{}";

    public string? StepName { get; set; }

    public int RetryCount { get; set; }

    public string Children { get; set; } = "[]";

    public string? ContextItem { get; set; }

    public string? PredecessorId { get; set; }

    public string? Outcome { get; set; }

    public string Status { get; set; } = "";

    public string Scope { get; set; } = "[]";
}
