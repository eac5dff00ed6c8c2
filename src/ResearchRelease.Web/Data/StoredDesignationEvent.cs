namespace ResearchRelease.Web.Data;

/// <summary>
/// One row of <c>deputy_designation_events</c>: the designation log, append-only and hash-chained as one chain in
/// <see cref="Sequence"/> order (UNIQUE, the optimistic concurrency check). Never updated or deleted: the store has no
/// code path that does, and PostgreSQL refuses it by trigger.
/// </summary>
public sealed class StoredDesignationEvent
{
    public long Id { get; set; }
    public int Sequence { get; set; }
    public Guid DesignationId { get; set; }
    public string Type { get; set; } = "";
    public string Payload { get; set; } = "";
    public string ActorSubject { get; set; } = "";
    public string ActorName { get; set; } = "";
    public DateTime OccurredAt { get; set; }
    public string Hash { get; set; } = "";
    public string PreviousHash { get; set; } = "";
}
