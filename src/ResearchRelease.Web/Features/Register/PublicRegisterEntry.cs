namespace ResearchRelease.Web.Features.Register;

/// <summary>
/// A read model: one row per release on the public register, written from the application's fold in the same
/// transaction as the event that changed it. A row exists exactly while the release is approved and not closed
/// (<c>ApplicationState.IsLiveRelease</c>). Codes are kept as codes and named when read, like the catalogue.
/// </summary>
public sealed class PublicRegisterEntry
{
    public Guid ApplicationId { get; set; }
    public string Reference { get; set; } = "";
    public string Organisation { get; set; } = "";
    public string ProjectTitle { get; set; } = "";
    public string Purpose { get; set; } = "";
    /// <summary>The approved data item codes, in the decision's order, separated by new lines.</summary>
    public string DataItemCodes { get; set; } = "";
    public string? Article6 { get; set; }
    public string? Article9 { get; set; }
    public string? AccessRoute { get; set; }
    public DateTime DecidedAt { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    /// <summary>True once the end date has passed and the data is being destroyed.</summary>
    public bool Ended { get; set; }
}
