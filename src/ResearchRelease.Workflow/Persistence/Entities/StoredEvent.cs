namespace ResearchRelease.Workflow.Persistence.Entities;

/// <summary>A row of wf_events. (EventName, EventKey) is unique: a signal is stored once.</summary>
internal sealed class StoredEvent
{
    public string Id { get; set; } = "";

    public string EventName { get; set; } = "";

    public string EventKey { get; set; } = "";

    public string? EventData { get; set; }

    public long EventTimeUtcTicks { get; set; }

    public bool IsProcessed { get; set; }
}
