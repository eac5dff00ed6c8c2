namespace ResearchRelease.Web.Data;

/// <summary>
/// One row of <c>standing_share_events</c>: a standing share's append-only, hash-chained log, shaped exactly like
/// <c>application_events</c> (and hashed the same way, with the audit key) so one check reads both. Never updated or
/// deleted: the store has no code path that does, and PostgreSQL refuses it by trigger.
/// </summary>
public sealed class StoredShareEvent
{
    public long Id { get; set; }
    public Guid ShareId { get; set; }
    public int Sequence { get; set; }
    public string Type { get; set; } = "";
    public string Payload { get; set; } = "";
    public string ActorSubject { get; set; } = "";
    public string ActorName { get; set; } = "";
    public string ActorRole { get; set; } = "";
    public DateTime OccurredAt { get; set; }
    public string Hash { get; set; } = "";
    public string PreviousHash { get; set; } = "";
}
