namespace ResearchRelease.Web.Data;

/// <summary>
/// One row of <c>application_events</c>: the append-only audit truth. Never updated or deleted
/// (the store has no code path that does, and PostgreSQL refuses it by trigger).
/// <c>UNIQUE(application_id, sequence)</c> is the optimistic concurrency check.
/// </summary>
public sealed class StoredEvent
{
    public long Id { get; set; }
    public Guid ApplicationId { get; set; }
    public int Sequence { get; set; }
    public string Type { get; set; } = "";
    public string Payload { get; set; } = "";
    public string ActorSubject { get; set; } = "";
    public string ActorName { get; set; } = "";
    public string ActorRole { get; set; } = "";
    public DateTime OccurredAt { get; set; }

    /// <summary>SHA-256 (hex) of the previous event's hash and this event's canonical content.</summary>
    public string Hash { get; set; } = "";
    public string PreviousHash { get; set; } = "";
}
