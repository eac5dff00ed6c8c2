namespace ResearchRelease.Web.Notifications;

/// <summary>
/// Every email the service sends. The names are stable: they are stored with each notification, are part of its
/// idempotency key, and are the keys of <c>Notifications:Notify:Templates</c> (template ids) in production.
/// </summary>
public static class NotificationTemplates
{
    public const string ApplicationSubmitted = "application_submitted";
    public const string NewInQueue = "new_in_queue";
    public const string ReturnedToResearcher = "returned_to_researcher";
    public const string ReturnedForChanges = "returned_for_changes";
    public const string ApplicationApproved = "application_approved";
    public const string ApplicationRefused = "application_refused";
    public const string LetterIssued = "letter_issued";
    public const string ApplicationWithdrawn = "application_withdrawn";
    public const string WithdrawnFromQueue = "withdrawn_from_queue";
    public const string ApplicationLapsed = "application_lapsed";
    public const string DecisionReminder = "decision_reminder";
    public const string DecisionEscalated = "decision_escalated";
    public const string ResubmissionReminder = "resubmission_reminder";
    public const string ReleaseEnding = "release_ending";
    public const string ReleaseExpired = "release_expired";
    public const string DestructionConfirmed = "destruction_confirmed";
    public const string DestructionOverdue = "destruction_overdue";
    public const string ExtensionRequested = "extension_requested";
    public const string ShareReviewDue = "share_review_due";
    public const string ShareReviewOverdue = "share_review_overdue";
    public const string ExtensionApproved = "extension_approved";
    public const string ExtensionRefused = "extension_refused";

    /// <summary>
    /// The emails that tell a researcher of a decision. Each names who decided through ((decided_by)), so that a
    /// deputy's decision reads as theirs, for the Chief Statistician.
    /// </summary>
    public static readonly IReadOnlyList<string> Decisions =
    [
        ReturnedForChanges,
        ApplicationApproved,
        ApplicationRefused,
        ExtensionApproved,
        ExtensionRefused,
    ];

    private const string Sign = "\n\nDepartment for Education\nResearch data release";

    public static readonly IReadOnlyDictionary<string, NotificationTemplate> All = new NotificationTemplate[]
    {
        new(
            ApplicationSubmitted,
            "Application ((reference)) ((submission))",
            "Your application ((reference)), ((title)), has been ((submission)).\n\nIt will be screened against the regulation test first. We will email you when it moves on.\n\nSee where it is: ((application_url))"
                + Sign
        ),
        new(
            NewInQueue,
            "New application in your queue: ((reference))",
            "Application ((reference)), ((title)), from ((organisation)), has passed screening and is waiting for your decision.\n\nScreening recommends: ((recommendation)).\n\nOpen the case: ((case_url))"
                + Sign
        ),
        new(
            ReturnedToResearcher,
            "Application ((reference)) needs changes before it can go further",
            "Screening sent your application ((reference)), ((title)), back to you for these reasons:\n\n((reasons))\n\nChange your answers and submit it again: ((application_url))"
                + Sign
        ),
        new(
            ReturnedForChanges,
            "((decided_by)) has returned application ((reference)) for changes",
            "((decided_by)) has read your application ((reference)), ((title)), and asks for these changes:\n\n((reasons))\n\nChange your answers and submit it again: ((application_url))"
                + Sign
        ),
        new(
            ApplicationApproved,
            "Application ((reference)) is approved",
            "((decided_by)) has approved your application ((reference)), ((title)), with conditions. The release ends on ((end_date)).\n\nDownload the approval letter: ((letter_url))\n\nRead the conditions in the letter before you receive any data."
                + Sign
        ),
        new(
            ApplicationRefused,
            "Decision on application ((reference))",
            "((decided_by)) has refused your application ((reference)), ((title)). The letter gives the reasons and what you could change.\n\nDownload the letter: ((letter_url))"
                + Sign
        ),
        new(
            LetterIssued,
            "A letter about application ((reference))",
            "A letter about your application ((reference)), ((title)), has been issued.\n\nDownload the letter: ((letter_url))" + Sign
        ),
        new(
            ApplicationWithdrawn,
            "Application ((reference)) is withdrawn",
            "Your application ((reference)), ((title)), has been withdrawn, as you asked. Nothing more will happen to it.\n\nReason given: ((reason))"
                + Sign
        ),
        new(
            WithdrawnFromQueue,
            "Application ((reference)) was withdrawn from your queue",
            "The researcher withdrew application ((reference)), ((title)), before a decision. You do not need to decide it." + Sign
        ),
        new(
            ApplicationLapsed,
            "Application ((reference)) has lapsed",
            "Your application ((reference)), ((title)), was returned to you and was not submitted again in time, so it has been withdrawn.\n\n((reason))\n\nYou can start a new application at any time: ((application_url))"
                + Sign
        ),
        new(
            DecisionReminder,
            "Reminder: application ((reference)) is waiting for your decision",
            "Application ((reference)), ((title)), from ((organisation)), is still waiting for your decision.\n\nOpen the case: ((case_url))"
                + Sign
        ),
        new(
            DecisionEscalated,
            "Escalated: no decision yet on application ((reference))",
            "Application ((reference)), ((title)), from ((organisation)), has waited for a decision past the service level and has been escalated.\n\nOpen the case: ((case_url))"
                + Sign
        ),
        new(
            ResubmissionReminder,
            "Reminder: application ((reference)) is waiting for your changes",
            "Your application ((reference)), ((title)), is waiting for the changes we asked for. If it is not submitted again by ((lapses_on)) it will be withdrawn.\n\nChange your answers: ((application_url))"
                + Sign
        ),
        new(
            ReleaseEnding,
            "Your data release ((reference)) ends on ((end_date))",
            "The release of data for ((reference)), ((title)), ends on ((end_date)). After that you must destroy the data and confirm you have done so. If you need longer, ask for an extension before then.\n\nSee the release: ((application_url))"
                + Sign
        ),
        new(
            ReleaseExpired,
            "Your data release ((reference)) has ended: confirm destruction",
            "The release of data for ((reference)), ((title)), ended on ((end_date)). Destroy the data and confirm that you have done so by ((destruction_due)).\n\nConfirm destruction: ((application_url))"
                + Sign
        ),
        new(
            DestructionConfirmed,
            "Destruction confirmed for ((reference))",
            "Thank you. You confirmed that the data released for ((reference)), ((title)), has been destroyed. The release is closed."
                + Sign
        ),
        new(
            DestructionOverdue,
            "Overdue: destruction not confirmed for ((reference))",
            "The researcher for ((reference)), ((title)), from ((organisation)), has not confirmed destruction of the data. It was due by ((destruction_due)).\n\nSee the record: ((record_url))"
                + Sign
        ),
        new(
            ExtensionRequested,
            "Extension requested for release ((reference))",
            "The researcher asks to extend the release for ((reference)), ((title)), from ((organisation)), to ((new_end_date)). It will be screened and then come to your queue.\n\nOpen the case: ((case_url))"
                + Sign
        ),
        new(
            ShareReviewDue,
            "Review due by ((review_date)): data sharing agreement with ((body))",
            "The standing data sharing agreement ((reference)) with ((body)) is due for review by ((review_date)).\n\nDraft the renewal, with any changes it needs, and put it to the Chief Statistician before then. If no renewal has the Chief Statistician's approval by that date, the review will show as overdue on the public register.\n\nOpen the agreement: ((share_url))"
                + Sign
        ),
        new(
            ShareReviewOverdue,
            "Overdue: review of the data sharing agreement with ((body))",
            "The review of the standing data sharing agreement ((reference)) with ((body)) was due by ((review_date)), and no renewal has had the Chief Statistician's approval. The public register now shows the review as overdue.\n\nOpen the agreement: ((share_url))"
                + Sign
        ),
        new(
            ExtensionApproved,
            "The release ((reference)) is extended",
            "((decided_by)) has extended the release of data for ((reference)), ((title)). It now ends on ((end_date)).\n\nDownload the letter: ((letter_url))"
                + Sign
        ),
        new(
            ExtensionRefused,
            "Decision on extending the release ((reference))",
            "((decided_by)) has refused to extend the release of data for ((reference)), ((title)). It still ends on ((end_date)). The letter gives the reasons.\n\nDownload the letter: ((letter_url))"
                + Sign
        ),
    }.ToDictionary(t => t.Name, StringComparer.Ordinal);
}
