namespace ResearchRelease.Workflow.Persistence.Entities;

/// <summary>A row of wf_scheduled_commands. (CommandName, Data) is unique: re-scheduling is a no-op.</summary>
internal sealed class StoredScheduledCommand
{
    public long Id { get; set; }

    public string CommandName { get; set; } = "";

    public string Data { get; set; } = "";

    /// <summary>UTC ticks, as WorkflowCore gives it.</summary>
    public long ExecuteTime { get; set; }
}
