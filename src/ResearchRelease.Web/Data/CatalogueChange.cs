namespace ResearchRelease.Web.Data;

/// <summary>
/// Append-only history of the catalogue: every add, edit, retirement and reinstatement, with who and when and the
/// item as it stood afterwards (JSON), so a decision can be explained by the catalogue of its day.
/// </summary>
public sealed class CatalogueChange
{
    public long Id { get; set; }
    public string Code { get; set; } = "";

    /// <summary>"seeded", "added", "edited", "retired" or "reinstated".</summary>
    public string Action { get; set; } = "";
    public string Snapshot { get; set; } = "";
    public string ActorSubject { get; set; } = "";
    public string ActorName { get; set; } = "";
    public DateTime OccurredAt { get; set; }
}
