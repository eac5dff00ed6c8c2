namespace ResearchRelease.Web.Features.Register;

/// <summary>
/// A read model: one row per disclosure on the public register, written from the fold of an application or a standing
/// share in the same transaction as the event that changed it. A release's row exists exactly while it is approved and
/// not closed (<c>ApplicationState.IsLiveRelease</c>); a standing share's once it is first approved. Codes are kept as
/// codes and named when read, like the catalogue (so a change of an item's tier shows at once).
/// </summary>
public sealed class PublicRegisterEntry
{
    /// <summary>The application's id, or the standing share's (the two never collide: both are random GUIDs).</summary>
    public Guid ApplicationId { get; set; }

    /// <summary><see cref="DisclosureKinds"/>: a researcher release or a standing share.</summary>
    public string Kind { get; set; } = DisclosureKinds.Release;

    /// <summary>The kind of organisation (an organisation type code).</summary>
    public string? Sector { get; set; }
    public string PublicBenefit { get; set; } = "";

    /// <summary>The legal gateway in words: the regulations for a release, the agreement's gateway for a share.</summary>
    public string LegalGateway { get; set; } = "";

    /// <summary>A standing share's frequency code; null for a release.</summary>
    public string? Frequency { get; set; }
    public bool Linkage { get; set; }

    /// <summary>A standing share's next review date; null for a release.</summary>
    public DateOnly? ReviewDate { get; set; }

    /// <summary>True while a standing share's review is overdue.</summary>
    public bool ReviewOverdue { get; set; }

    /// <summary>The outputs the researcher reported, as JSON [{"title","link"}], oldest first; "[]" for none.</summary>
    public string Outputs { get; set; } = "[]";
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
