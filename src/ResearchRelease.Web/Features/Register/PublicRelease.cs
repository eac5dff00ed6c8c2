namespace ResearchRelease.Web.Features.Register;

/// <summary>
/// One disclosure as the public sees it: a researcher release or a standing share. Deliberately no people: not the
/// applicant, their email, job title or the named data users; only the organisation, the project and what data it may use
/// until when (the fields of the Data Use Register standard that apply). Nothing about any pupil.
/// </summary>
public sealed record PublicRelease(
    string Reference,
    string Organisation,
    string ProjectTitle,
    string Purpose,
    IReadOnlyList<string> DataItems,
    string LegalBasis,
    string AccessRoute,
    DateOnly StartDate,
    DateOnly? EndDate,
    bool Ended = false
)
{
    public string Kind { get; init; } = DisclosureKinds.Release;
    public string? Sector { get; init; }
    public string PublicBenefit { get; init; } = "";
    public string LegalGateway { get; init; } = "";
    public string? Article6 { get; init; }
    public string? Article9 { get; init; }
    public string? AccessRouteCode { get; init; }
    public IReadOnlyList<RegisterItem> Items { get; init; } = [];
    public string? Frequency { get; init; }
    public bool Linkage { get; init; }
    public DateTime ApprovedAt { get; init; }
    public DateOnly? ReviewDate { get; init; }

    /// <summary>in_force, review_overdue or ended, as of the request.</summary>
    public string Status { get; init; } = "in_force";
    public IReadOnlyList<ReportedOutput> Outputs { get; init; } = [];
}

public sealed record RegisterItem(string Code, string Name, string Sensitivity);

public sealed record ReportedOutput(string Title, string Link);
