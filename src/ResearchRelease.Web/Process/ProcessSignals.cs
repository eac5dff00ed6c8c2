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

    /// <summary>A standing share's renewal was approved (workflows/standing-share-review.v1.json); sent with the period that ends.</summary>
    public const string ShareRenewed = "renewed";
}

/// <summary>The definitions the app starts, besides the release process (whose latest version every application starts on).</summary>
public static class ProcessDefinitions
{
    public const string ShareReview = "standing-share-review";
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
    public const string BeginReviewPeriod = "begin-review-period";
    public const string RemindShareReview = "remind-share-review";
    public const string FlagShareReviewOverdue = "flag-share-review-overdue";

    /// <summary>The activities of the standing share review process: run on a share, not on an application.</summary>
    public static readonly IReadOnlySet<string> ShareReview = new HashSet<string>(StringComparer.Ordinal)
    {
        BeginReviewPeriod,
        RemindShareReview,
        FlagShareReviewOverdue,
    };
}

/// <summary>Dates the engine asks the app for, to anchor timers on (see <see cref="ProcessAnchors"/>).</summary>
public static class ProcessAnchorNames
{
    /// <summary>The approved release's current end date (after an approved extension, the new one).</summary>
    public const string ReleaseEnd = "release-end";

    /// <summary>The day after destruction had to be confirmed by: from then the confirmation is overdue.</summary>
    public const string DestructionDue = "destruction-due";

    /// <summary>A standing share's review date (in the terms in force).</summary>
    public const string ShareReviewDate = "share-review-date";

    /// <summary>The day after a standing share's review date: from then the review is overdue.</summary>
    public const string ShareReviewOverdue = "share-review-overdue";

    /// <summary>The day after a standing share's agreement ends.</summary>
    public const string ShareAgreementEnd = "share-agreement-end";
}

/// <summary>What the lifecycle activities return.</summary>
public static class ProcessOutcomes
{
    public const string Done = "done";
}
