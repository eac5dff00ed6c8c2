namespace ResearchRelease.Domain.Applications;

/// <summary>Plain-English names for statuses, as researchers and staff read them.</summary>
public static class StatusText
{
    public static string For(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft => "a draft",
        ApplicationStatus.Submitted => "being screened",
        ApplicationStatus.ReturnedToResearcher => "returned to the researcher",
        ApplicationStatus.AwaitingDecision => "with the Chief Statistician",
        ApplicationStatus.Approved => "approved",
        ApplicationStatus.Refused => "refused",
        ApplicationStatus.ReturnedForChanges => "returned for changes",
        ApplicationStatus.Withdrawn => "withdrawn",
        _ => status.ToString(),
    };

    public static string Tag(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft => "Draft",
        ApplicationStatus.Submitted => "Screening",
        ApplicationStatus.ReturnedToResearcher => "Returned",
        ApplicationStatus.AwaitingDecision => "Awaiting decision",
        ApplicationStatus.Approved => "Approved",
        ApplicationStatus.Refused => "Refused",
        ApplicationStatus.ReturnedForChanges => "Returned for changes",
        ApplicationStatus.Withdrawn => "Withdrawn",
        _ => status.ToString(),
    };
}
