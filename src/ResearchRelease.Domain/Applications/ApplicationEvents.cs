using ResearchRelease.Domain.Screening;

namespace ResearchRelease.Domain.Applications;

/// <summary>
/// Something that happened to an application, in the past tense. The list of these events is the audit
/// truth: state, queues and registers are folds over it, and events are never changed or removed.
/// </summary>
public abstract record ApplicationEvent
{
    /// <summary>The stable name stored with the event; renaming one would orphan the stored history.</summary>
    public abstract string Type { get; }
}

public sealed record ApplicationDrafted(string Reference, string OwnerSubject, ApplicationForm Form) : ApplicationEvent
{
    public override string Type => "drafted";
}

public sealed record DraftUpdated(ApplicationForm Form) : ApplicationEvent
{
    public override string Type => "draft_updated";
}

/// <summary>The researcher submitted (or resubmitted) the form; <paramref name="Form"/> is the application as submitted.</summary>
public sealed record ApplicationSubmitted(int Round, DateOnly SubmittedOn, ApplicationForm Form) : ApplicationEvent
{
    public override string Type => "submitted";
}

public sealed record ApplicationScreened(int Round, ScreeningResult Result) : ApplicationEvent
{
    public override string Type => "screened";
}

/// <summary>Screening found the application incomplete or clearly ineligible and sent it back before any judgement.</summary>
public sealed record ReturnedToResearcher(int Round, IReadOnlyList<string> Reasons) : ApplicationEvent
{
    public override string Type => "returned_to_researcher";
}

public sealed record SentToChiefStatistician(int Round, string Recommendation) : ApplicationEvent
{
    public override string Type => "sent_to_chief_statistician";
}

/// <summary>The Chief Statistician's signed decision: exactly what was shown on the confirmation page.</summary>
public sealed record DecisionRecorded(
    int Round,
    string Outcome,
    string Reasons,
    IReadOnlyList<string> Conditions,
    DateOnly? EndDate,
    IReadOnlyList<string> ApprovedDataItems,
    string SignatoryName,
    string SignatoryTitle) : ApplicationEvent
{
    public override string Type => "decided";

    /// <summary>Set when a designated deputy decided: the designation (in the designation log) that authorised it.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public Guid? DeputyDesignationId { get; init; }
}

public sealed record LetterIssued(int Round, string Kind, Guid LetterId, string Sha256, string VerificationCode) : ApplicationEvent
{
    public override string Type => "letter_issued";
}

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
    string SignatoryTitle) : ApplicationEvent
{
    public override string Type => "letter_corrected";
}


/// <summary>
/// The application was withdrawn before a decision: by the researcher, or automatically (<paramref name="Automatic"/>)
/// when a returned application lapsed. <paramref name="Round"/> is the round it was withdrawn in (0 in events
/// written before the lifecycle recorded it; the fold does not need it).
/// </summary>
public sealed record ApplicationWithdrawn(string Reason, bool Automatic = false, int Round = 0) : ApplicationEvent
{
    public override string Type => "withdrawn";
}
