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
    /// <summary>The form as last submitted (or, in an extension round, as amended): what screening and the decision were about.</summary>
    public ApplicationForm? SubmittedForm { get; init; }
    public int Round { get; init; }
    public DateOnly? SubmittedOn { get; init; }
    public ScreeningResult? Screening { get; init; }
    public IReadOnlyList<string> ReturnReasons { get; init; } = [];
    /// <summary>The application's decision (approve, refuse or return). An extension's decision never replaces it.</summary>
    public DecisionRecorded? Decision { get; init; }
    /// <summary>The letter in force: the first one issued, or the latest correction of it. Extension letters are in <see cref="ExtensionLetters"/>.</summary>
    public LetterIssued? Letter { get; init; }
    /// <summary>Every correction, oldest first; each supersedes the letter in force before it.</summary>
    public IReadOnlyList<LetterCorrected> Corrections { get; init; } = [];
    /// <summary>Number of events folded: the version a command must expect (optimistic concurrency).</summary>
    public int Version { get; init; }

    /// <summary>The approved release's current end date: the approval's, or the last approved extension's.</summary>
    public DateOnly? EndDate { get; init; }
    public ApplicationWithdrawn? Withdrawal { get; init; }
    /// <summary>The extension being screened or decided now (null when none is open).</summary>
    public ExtensionRequested? PendingExtension { get; init; }
    public IReadOnlyList<ExtensionRequested> Extensions { get; init; } = [];
    public IReadOnlyList<DecisionRecorded> ExtensionDecisions { get; init; } = [];
    public IReadOnlyList<LetterIssued> ExtensionLetters { get; init; } = [];
    public ReleaseExpired? Expiry { get; init; }
    public DestructionConfirmed? Destruction { get; init; }
    public DestructionOverdueFlagged? OverdueFlag { get; init; }
    /// <summary>Reminders and escalations already recorded, as "type:round": each is recorded once per round.</summary>
    public IReadOnlySet<string> Reminders { get; init; } = new HashSet<string>();

    public bool IsDecided => Decision is not null && Decision.Outcome != DecisionOutcomes.Return
        && Status is ApplicationStatus.Approved or ApplicationStatus.Refused or ApplicationStatus.ExtensionRequested
            or ApplicationStatus.ExtensionAwaitingDecision or ApplicationStatus.Expired or ApplicationStatus.Closed;

    /// <summary>True while the current round is an extension of an approved release rather than an application round.</summary>
    public bool IsExtensionRound => PendingExtension is { } x && x.Round == Round;

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
            SentToChiefStatistician => this with { Status = IsExtensionRound ? ApplicationStatus.ExtensionAwaitingDecision : ApplicationStatus.AwaitingDecision },
            DecisionRecorded dr when IsExtensionRound => ExtensionDecided(dr),
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
                EndDate = dr.Outcome == DecisionOutcomes.Approve ? dr.EndDate : null,
            },
            LetterIssued l when Letter is not null && l.Round != Letter.Round && l.Round > (Decision?.Round ?? 0) =>
                this with { ExtensionLetters = [.. ExtensionLetters, l] },
            LetterIssued l => this with { Letter = l },
            LetterCorrected c => this with
            {
                Letter = new LetterIssued(c.Round, c.Kind, c.LetterId, c.Sha256, c.VerificationCode),
                Corrections = [.. Corrections, c],
            },
            ApplicationWithdrawn w => this with { Status = ApplicationStatus.Withdrawn, Withdrawal = w },
            ExtensionRequested x => this with
            {
                Status = ApplicationStatus.ExtensionRequested, Round = x.Round, Screening = null, PendingExtension = x,
                Extensions = [.. Extensions, x], SubmittedForm = ExtensionForm.Amend(SubmittedForm ?? Form, x.NewEndDate),
            },
            DecisionReminderSent or DecisionEscalated or ResubmissionReminderSent or ReleaseEndingReminderSent =>
                this with { Reminders = new HashSet<string>(Reminders) { ReminderKey(e) } },
            // An extension still undecided at the end date lapses with the release.
            ReleaseExpired x => this with { Status = ApplicationStatus.Expired, Expiry = x, PendingExtension = null },
            DestructionConfirmed d => this with { Status = ApplicationStatus.Closed, Destruction = d },
            DestructionOverdueFlagged f => this with { OverdueFlag = f },
            _ => throw new ArgumentOutOfRangeException(nameof(e), e.Type, "Unknown application event."),
        };
        return next with { Version = Version + 1 };
    }

    /// <summary>Either way the release carries on: approval moves its end date, refusal keeps the original one.</summary>
    private ApplicationState ExtensionDecided(DecisionRecorded dr) => this with
    {
        Status = ApplicationStatus.Approved,
        ExtensionDecisions = [.. ExtensionDecisions, dr],
        EndDate = dr.Outcome == DecisionOutcomes.Approve ? dr.EndDate ?? EndDate : EndDate,
        PendingExtension = null,
    };

    public static string ReminderKey(ApplicationEvent reminder) => reminder switch
    {
        DecisionReminderSent r => $"{reminder.Type}:{r.Round}",
        DecisionEscalated r => $"{reminder.Type}:{r.Round}",
        ResubmissionReminderSent r => $"{reminder.Type}:{r.Round}",
        ReleaseEndingReminderSent r => $"{reminder.Type}:{r.Round}",
        _ => throw new ArgumentOutOfRangeException(nameof(reminder), reminder.Type, "Not a reminder."),
    };
}
