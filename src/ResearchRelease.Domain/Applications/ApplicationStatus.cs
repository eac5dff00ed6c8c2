namespace ResearchRelease.Domain.Applications;

/// <summary>Where an application is in the process (docs/domain.md, "The process"). Stored as its name.</summary>
public enum ApplicationStatus
{
    Draft,

    /// <summary>Submitted and waiting for the automatic screening.</summary>
    Submitted,

    /// <summary>Screening sent it back (incomplete or clearly ineligible).</summary>
    ReturnedToResearcher,
    AwaitingDecision,
    Approved,
    Refused,

    /// <summary>The Chief Statistician returned it for changes.</summary>
    ReturnedForChanges,
    Withdrawn,

    /// <summary>An approved release whose researcher asked for a later end date: the amendment is being screened.</summary>
    ExtensionRequested,

    /// <summary>The extension was screened and is with the Chief Statistician (approve or refuse only).</summary>
    ExtensionAwaitingDecision,

    /// <summary>The release reached its end date; the researcher must confirm destruction of the data.</summary>
    Expired,

    /// <summary>Destruction confirmed: nothing more is owed.</summary>
    Closed,
}

public static class DecisionOutcomes
{
    public const string Approve = "approve";
    public const string Refuse = "refuse";
    public const string Return = "return";

    public static readonly IReadOnlyList<string> All = [Approve, Refuse, Return];
}
