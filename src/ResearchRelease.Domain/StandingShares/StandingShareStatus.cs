namespace ResearchRelease.Domain.StandingShares;

public enum StandingShareStatus
{
    Draft,
    AwaitingApproval,
    ReturnedForChanges,
    Refused,

    /// <summary>Approved: the agreement is in force (until its end date).</summary>
    Approved,

    /// <summary>Compliance is drafting a renewal; the approved terms stay in force.</summary>
    RenewalDraft,

    /// <summary>A renewal waits for the Chief Statistician; the approved terms stay in force.</summary>
    RenewalAwaitingApproval,
}
