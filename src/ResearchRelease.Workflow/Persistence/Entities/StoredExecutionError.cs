namespace ResearchRelease.Workflow.Persistence.Entities;

/// <summary>A row of wf_execution_errors: one failed step execution, kept for operators.</summary>
internal sealed class StoredExecutionError
{
    public long Id { get; set; }

    public string? WorkflowId { get; set; }

    public string? ExecutionPointerId { get; set; }

    public long ErrorTimeUtcTicks { get; set; }

    public string? Message { get; set; }
}
