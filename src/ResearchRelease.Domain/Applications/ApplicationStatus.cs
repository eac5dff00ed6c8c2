namespace ResearchRelease.Domain.Applications;

/// <summary>Where an application is in the process (domain.md, "The process"). Stored as its name.</summary>
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
}

public static class DecisionOutcomes
{
    public const string Approve = "approve";
    public const string Refuse = "refuse";
    public const string Return = "return";

    public static readonly IReadOnlyList<string> All = [Approve, Refuse, Return];
}
