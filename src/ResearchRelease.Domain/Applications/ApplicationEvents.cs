using System.Text.Json.Serialization;
using ResearchRelease.Domain.Screening;

namespace ResearchRelease.Domain.Applications;

/// <summary>
/// Something that happened to an application, in the past tense. The list of these events is the audit
/// truth: state, queues and registers are folds over it, and events are never changed or removed.
/// </summary>
/// <remarks>
/// Every event type is registered here once, with the stable name stored beside its payload: renaming one would
/// orphan the stored history. The serializer and <see cref="Type"/> both read this list.
/// </remarks>
[JsonDerivedType(typeof(ApplicationDrafted), "drafted")]
[JsonDerivedType(typeof(DraftUpdated), "draft_updated")]
[JsonDerivedType(typeof(ApplicationSubmitted), "submitted")]
[JsonDerivedType(typeof(ApplicationScreened), "screened")]
[JsonDerivedType(typeof(ReturnedToResearcher), "returned_to_researcher")]
[JsonDerivedType(typeof(SentToChiefStatistician), "sent_to_chief_statistician")]
[JsonDerivedType(typeof(DecisionRecorded), "decided")]
[JsonDerivedType(typeof(LetterIssued), "letter_issued")]
[JsonDerivedType(typeof(LetterCorrected), "letter_corrected")]
[JsonDerivedType(typeof(ApplicationWithdrawn), "withdrawn")]
[JsonDerivedType(typeof(DecisionReminderSent), "decision_reminder_sent")]
[JsonDerivedType(typeof(DecisionEscalated), "decision_escalated")]
[JsonDerivedType(typeof(ResubmissionReminderSent), "resubmission_reminder_sent")]
[JsonDerivedType(typeof(ReleaseEndingReminderSent), "release_ending_reminder_sent")]
[JsonDerivedType(typeof(ReleaseExpired), "release_expired")]
[JsonDerivedType(typeof(DestructionConfirmed), "destruction_confirmed")]
[JsonDerivedType(typeof(DestructionOverdueFlagged), "destruction_overdue_flagged")]
[JsonDerivedType(typeof(ExtensionRequested), "extension_requested")]
[JsonDerivedType(typeof(OutputReported), "output_reported")]
public abstract record ApplicationEvent
{
    /// <summary>The stable name stored with the event.</summary>
    public virtual string Type => ApplicationEventTypes.NameOf(GetType());
}

public sealed record ApplicationDrafted(string Reference, string OwnerSubject, ApplicationForm Form) : ApplicationEvent;

public sealed record DraftUpdated(ApplicationForm Form) : ApplicationEvent;

/// <summary>The researcher submitted (or resubmitted) the form; <paramref name="Form"/> is the application as submitted.</summary>
public sealed record ApplicationSubmitted(int Round, DateOnly SubmittedOn, ApplicationForm Form) : ApplicationEvent;

public sealed record ApplicationScreened(int Round, ScreeningResult Result) : ApplicationEvent;

/// <summary>Screening found the application incomplete or clearly ineligible and sent it back before any judgement.</summary>
public sealed record ReturnedToResearcher(int Round, IReadOnlyList<string> Reasons) : ApplicationEvent;

public sealed record SentToChiefStatistician(int Round, string Recommendation) : ApplicationEvent;

/// <summary>The Chief Statistician's signed decision: exactly what was shown on the confirmation page.</summary>
public sealed record DecisionRecorded(
    int Round,
    string Outcome,
    string Reasons,
    IReadOnlyList<string> Conditions,
    DateOnly? EndDate,
    IReadOnlyList<string> ApprovedDataItems,
    string SignatoryName,
    string SignatoryTitle
) : ApplicationEvent
{
    /// <summary>Set when a designated deputy decided: the designation (in the designation log) that authorised it.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public Guid? DeputyDesignationId { get; init; }
}

public sealed record LetterIssued(int Round, string Kind, Guid LetterId, string Sha256, string VerificationCode) : ApplicationEvent;

/// <summary>
/// A corrected letter was issued in place of <paramref name="SupersedesLetterId"/>: letters are never regenerated in
/// place, so a clerical mistake is put right by a new letter (new file, new code) that says which one it replaces.
/// The decision is untouched; <paramref name="Details"/> are the clerical details the new letter prints.
/// </summary>
public sealed record LetterCorrected(
    int Round,
    string Kind,
    Guid LetterId,
    string Sha256,
    string VerificationCode,
    Guid SupersedesLetterId,
    string SupersedesVerificationCode,
    string Reason,
    IReadOnlyList<LetterChange> Changes,
    LetterDetails Details,
    string SignatoryName,
    string SignatoryTitle
) : ApplicationEvent;

/// <summary>
/// The application was withdrawn before a decision: by the researcher, or automatically (<paramref name="Automatic"/>)
/// when a returned application lapsed. <paramref name="Round"/> is the round it was withdrawn in (0 in events
/// written before the lifecycle recorded it; the fold does not need it).
/// </summary>
public sealed record ApplicationWithdrawn(string Reason, bool Automatic = false, int Round = 0) : ApplicationEvent;

/// <summary>
/// The researcher reported an output of the approved release (a publication's title and where to read it), shown on the
/// public register.
/// </summary>
public sealed record OutputReported(string Title, string Link) : ApplicationEvent;
