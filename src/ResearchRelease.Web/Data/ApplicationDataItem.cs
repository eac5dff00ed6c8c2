namespace ResearchRelease.Web.Data;

/// <summary>
/// A read model: one row per data item code requested in the application as last submitted. Rewritten in the
/// same transaction as the submission event, so the register's data-item search matches the structured request
/// only — never a code that merely appears in free text — and uses an index instead of scanning event payloads.
/// </summary>
public sealed class ApplicationDataItem
{
    public Guid ApplicationId { get; set; }
    public string ItemCode { get; set; } = "";
}
