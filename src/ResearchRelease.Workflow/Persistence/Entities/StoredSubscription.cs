namespace ResearchRelease.Workflow.Persistence.Entities;

/// <summary>A row of wf_subscriptions: a wait parked on an event; deleted when it is satisfied.</summary>
internal sealed class StoredSubscription
{
    public string Id { get; set; } = "";

    public string WorkflowId { get; set; } = "";

    public int StepId { get; set; }

    public string? ExecutionPointerId { get; set; }

    public string EventName { get; set; } = "";

    public string EventKey { get; set; } = "";

    public long SubscribeAsOfUtcTicks { get; set; }

    public string? SubscriptionData { get; set; }

    public string? ExternalToken { get; set; }

    public string? ExternalWorkerId { get; set; }

    public long? ExternalTokenExpiryUtcTicks { get; set; }
}
