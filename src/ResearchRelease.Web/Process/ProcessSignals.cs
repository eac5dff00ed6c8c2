namespace ResearchRelease.Web.Process;

/// <summary>
/// The signal names of workflows/research-release.v1.json and v2.json (the lifecycle contract of issue 6);
/// the definitions and this code must agree.
/// </summary>
public static class ProcessSignals
{
    public const string Resubmitted = "resubmitted";
    public const string Decided = "decided";
    /// <summary>The researcher withdrew before a decision (no payload).</summary>
    public const string Withdrawn = "withdrawn";
    /// <summary>An approved release's researcher asked for a later end date; sent with the current (approval's) round.</summary>
    public const string ExtensionRequested = "extension-requested";
    /// <summary>approve | refuse, sent instead of <see cref="Decided"/> when the round decided is an extension.</summary>
    public const string ExtensionDecided = "extension-decided";
    public const string DestructionConfirmed = "destruction-confirmed";
}

public static class ProcessActivityNames
{
    public const string Screen = "screen";
    public const string ReturnToResearcher = "return-to-researcher";
    public const string RouteToChiefStatistician = "route-to-chief-statistician";
    public const string IssueApprovalLetter = "issue-approval-letter";
    public const string IssueRefusalLetter = "issue-refusal-letter";
    public const string RemindChiefStatistician = "remind-chief-statistician";
    public const string EscalateDecision = "escalate-decision";
    public const string RemindResubmission = "remind-resubmission";
    public const string LapseApplication = "lapse-application";
    public const string AcknowledgeWithdrawal = "acknowledge-withdrawal";
    public const string RemindReleaseEnding = "remind-release-ending";
    public const string ExpireRelease = "expire-release";
    public const string ExpireReleaseDuringExtension = "expire-release-during-extension";
    public const string FlagDestructionOverdue = "flag-destruction-overdue";
    public const string CloseRelease = "close-release";
    public const string IssueExtensionLetter = "issue-extension-letter";
    public const string IssueExtensionRefusalLetter = "issue-extension-refusal-letter";
}

/// <summary>Dates the engine asks the app for, to anchor timers on (see <see cref="ProcessAnchors"/>).</summary>
public static class ProcessAnchorNames
{
    /// <summary>The approved release's current end date (after an approved extension, the new one).</summary>
    public const string ReleaseEnd = "release-end";

    /// <summary>The day after destruction had to be confirmed by: from then the confirmation is overdue.</summary>
    public const string DestructionDue = "destruction-due";
}

/// <summary>What the lifecycle activities return.</summary>
public static class ProcessOutcomes
{
    public const string Done = "done";
}
