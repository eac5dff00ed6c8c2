using ResearchRelease.Domain.Screening;

namespace ResearchRelease.Domain.Applications;

/// <summary>The current state of one application: a left fold over its events, nothing else.</summary>
public sealed record ApplicationState
{
    public static readonly ApplicationState Empty = new();

    public string Reference { get; init; } = "";
    public string OwnerSubject { get; init; } = "";
    public ApplicationStatus Status { get; init; } = ApplicationStatus.Draft;
    /// <summary>The form as it is now (draft edits included).</summary>
    public ApplicationForm Form { get; init; } = new();
    /// <summary>The form as last submitted: what screening and the decision were about.</summary>
    public ApplicationForm? SubmittedForm { get; init; }
    public int Round { get; init; }
    public DateOnly? SubmittedOn { get; init; }
    public ScreeningResult? Screening { get; init; }
    public IReadOnlyList<string> ReturnReasons { get; init; } = [];
    public DecisionRecorded? Decision { get; init; }
    /// <summary>The letter in force: the first one issued, or the latest correction of it.</summary>
    public LetterIssued? Letter { get; init; }
    /// <summary>Every correction, oldest first; each supersedes the letter in force before it.</summary>
    public IReadOnlyList<LetterCorrected> Corrections { get; init; } = [];
    /// <summary>Number of events folded: the version a command must expect (optimistic concurrency).</summary>
    public int Version { get; init; }

    public bool IsDecided => Status is ApplicationStatus.Approved or ApplicationStatus.Refused;

    public static ApplicationState Fold(IEnumerable<ApplicationEvent> events) =>
        events.Aggregate(Empty, (state, e) => state.Apply(e));

    public ApplicationState Apply(ApplicationEvent e)
    {
        var next = e switch
        {
            ApplicationDrafted d => this with { Reference = d.Reference, OwnerSubject = d.OwnerSubject, Form = d.Form, Status = ApplicationStatus.Draft },
            DraftUpdated u => this with { Form = u.Form },
            ApplicationSubmitted s => this with
            {
                Status = ApplicationStatus.Submitted, Round = s.Round, SubmittedOn = s.SubmittedOn, Form = s.Form, SubmittedForm = s.Form,
                Screening = null, ReturnReasons = [], Decision = null,
            },
            ApplicationScreened sc => this with { Screening = sc.Result },
            ReturnedToResearcher r => this with { Status = ApplicationStatus.ReturnedToResearcher, ReturnReasons = r.Reasons },
            SentToChiefStatistician => this with { Status = ApplicationStatus.AwaitingDecision },
            DecisionRecorded dr => this with
            {
                Decision = dr,
                Status = dr.Outcome switch
                {
                    DecisionOutcomes.Approve => ApplicationStatus.Approved,
                    DecisionOutcomes.Refuse => ApplicationStatus.Refused,
                    _ => ApplicationStatus.ReturnedForChanges,
                },
                ReturnReasons = dr.Outcome == DecisionOutcomes.Return ? [dr.Reasons] : ReturnReasons,
            },
            LetterIssued l => this with { Letter = l },
            LetterCorrected c => this with
            {
                Letter = new LetterIssued(c.Round, c.Kind, c.LetterId, c.Sha256, c.VerificationCode),
                Corrections = [.. Corrections, c],
            },
            ApplicationWithdrawn => this with { Status = ApplicationStatus.Withdrawn },
            _ => throw new ArgumentOutOfRangeException(nameof(e), e.Type, "Unknown application event."),
        };
        return next with { Version = Version + 1 };
    }
}
