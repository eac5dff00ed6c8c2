using ResearchRelease.Domain.Screening;

namespace ResearchRelease.Domain.Applications;

/// <summary>
/// The current state of one application: a left fold over its recorded events, nothing else. Every fact a reader
/// shows (status, decision and when it was made, end date, the letter in force and its terms) is worked out here
/// once; registers, exports, the API, records, letters and emails read it or a projection written from it.
/// </summary>
public sealed partial record ApplicationState
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

    /// <summary>When the application was last submitted (an extension request does not change it).</summary>
    public DateTime? SubmittedAt { get; init; }
    public ScreeningResult? Screening { get; init; }

    /// <summary>
    /// The overall outcome each round's screening recorded, by round. The workflow runs a step at least once, and a
    /// screening step run again after its round has moved on (returned, mended and resubmitted meanwhile) must answer
    /// what that round's screening said, so that the definition takes the route it took the first time.
    /// </summary>
    public IReadOnlyDictionary<int, string> ScreeningOutcomes { get; init; } = new Dictionary<int, string>();
    public IReadOnlyList<string> ReturnReasons { get; init; } = [];

    /// <summary>The application's decision (approve, refuse or return). An extension's decision never replaces it.</summary>
    public DecisionRecorded? Decision { get; init; }

    /// <summary>When each round was decided, by round: the application's rounds and extension rounds alike.</summary>
    public IReadOnlyDictionary<int, DateTime> DecisionTimes { get; init; } = new Dictionary<int, DateTime>();

    /// <summary>
    /// The letter in force: the decision letter, the letter of the latest approved extension (it restates the terms),
    /// or the latest correction of either. A refused extension's letter leaves the terms, and so this, as they were.
    /// </summary>
    public LetterIssued? Letter { get; init; }

    /// <summary>The clerical details and conditions the letter in force carries.</summary>
    public LetterDetails? LetterTerms { get; init; }

    /// <summary>Every letter, oldest first, with when it was issued and what superseded it.</summary>
    public IReadOnlyList<IssuedLetterFact> Letters { get; init; } = [];

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
    public DateTime? DestructionConfirmedAt { get; init; }
    public DestructionOverdueFlagged? OverdueFlag { get; init; }

    /// <summary>The outputs the researcher reported, oldest first.</summary>
    public IReadOnlyList<OutputReported> Outputs { get; init; } = [];

    /// <summary>Reminders and escalations already recorded, as "type:round": each is recorded once per round.</summary>
    public IReadOnlySet<string> Reminders { get; init; } = new HashSet<string>();

    public bool IsDecided =>
        Decision is not null
        && Decision.Outcome != DecisionOutcomes.Return
        && Status
            is ApplicationStatus.Approved
                or ApplicationStatus.Refused
                or ApplicationStatus.ExtensionRequested
                or ApplicationStatus.ExtensionAwaitingDecision
                or ApplicationStatus.Expired
                or ApplicationStatus.Closed;

    /// <summary>When the application's decision was made (null while the current round is undecided).</summary>
    public DateTime? DecidedAt => Decision is { } d && DecisionTimes.TryGetValue(d.Round, out var at) ? at : null;

    /// <summary>The decision of the current round: the application's, or the extension's in an extension round.</summary>
    public DecisionRecorded? CurrentRoundDecision =>
        Decision?.Round == Round ? Decision : ExtensionDecisions.LastOrDefault(d => d.Round == Round);

    /// <summary>True while the current round is an extension of an approved release rather than an application round.</summary>
    public bool IsExtensionRound => PendingExtension is { } x && x.Round == Round;

    /// <summary>Approved and not yet closed: the release stands (it may have expired, with destruction still to confirm).</summary>
    public bool IsLiveRelease =>
        Decision?.Outcome == DecisionOutcomes.Approve
        && Status
            is ApplicationStatus.Approved
                or ApplicationStatus.ExtensionRequested
                or ApplicationStatus.ExtensionAwaitingDecision
                or ApplicationStatus.Expired;

    /// <summary>The current round is decided (approve or refuse) but its letter has not been issued yet.</summary>
    public bool IsLetterOwed => CurrentRoundDecision is { Outcome: not DecisionOutcomes.Return } && !Letters.Any(l => l.Round == Round);

    public static ApplicationState Fold(IEnumerable<RecordedEvent> events) =>
        events.Aggregate(Empty, (state, e) => state.Apply(e.Event, e.At));

    public ApplicationState Apply(ApplicationEvent e, DateTime at)
    {
        var next = e switch
        {
            ApplicationDrafted d => this with
            {
                Reference = d.Reference,
                OwnerSubject = d.OwnerSubject,
                Form = d.Form,
                Status = ApplicationStatus.Draft,
            },
            DraftUpdated u => this with { Form = u.Form },
            ApplicationSubmitted s => this with
            {
                Status = ApplicationStatus.Submitted,
                Round = s.Round,
                SubmittedOn = s.SubmittedOn,
                SubmittedAt = at,
                Form = s.Form,
                SubmittedForm = s.Form,
                Screening = null,
                ReturnReasons = [],
                Decision = null,
            },
            ApplicationScreened sc => this with
            {
                Screening = sc.Result,
                ScreeningOutcomes = new Dictionary<int, string>(ScreeningOutcomes) { [sc.Round] = sc.Result.Overall },
            },
            ReturnedToResearcher r => this with { Status = ApplicationStatus.ReturnedToResearcher, ReturnReasons = r.Reasons },
            SentToChiefStatistician => this with
            {
                Status = IsExtensionRound ? ApplicationStatus.ExtensionAwaitingDecision : ApplicationStatus.AwaitingDecision,
            },
            DecisionRecorded dr when IsExtensionRound => ExtensionDecided(dr, at),
            DecisionRecorded dr => Decided(dr, at),
            LetterIssued l => LetterIssuedAt(l, at),
            LetterCorrected c => LetterCorrectedAt(c, at),
            ApplicationWithdrawn w => this with { Status = ApplicationStatus.Withdrawn, Withdrawal = w },
            ExtensionRequested x => this with
            {
                Status = ApplicationStatus.ExtensionRequested,
                Round = x.Round,
                Screening = null,
                PendingExtension = x,
                Extensions = [.. Extensions, x],
                SubmittedForm = ExtensionForm.Amend(SubmittedForm ?? Form, x.NewEndDate),
            },
            DecisionReminderSent or DecisionEscalated or ResubmissionReminderSent or ReleaseEndingReminderSent => this with
            {
                Reminders = new HashSet<string>(Reminders) { ReminderKey(e) },
            },
            // An extension still undecided at the end date lapses with the release.
            ReleaseExpired x => this with { Status = ApplicationStatus.Expired, Expiry = x, PendingExtension = null },
            DestructionConfirmed d => this with { Status = ApplicationStatus.Closed, Destruction = d, DestructionConfirmedAt = at },
            DestructionOverdueFlagged f => this with { OverdueFlag = f },
            OutputReported o => this with { Outputs = [.. Outputs, o] },
            _ => throw new ArgumentOutOfRangeException(nameof(e), e.Type, "Unknown application event."),
        };
        return next with { Version = Version + 1 };
    }

    public static string ReminderKey(ApplicationEvent reminder) =>
        reminder switch
        {
            DecisionReminderSent r => $"{reminder.Type}:{r.Round}",
            DecisionEscalated r => $"{reminder.Type}:{r.Round}",
            ResubmissionReminderSent r => $"{reminder.Type}:{r.Round}",
            ReleaseEndingReminderSent r => $"{reminder.Type}:{r.Round}",
            _ => throw new ArgumentOutOfRangeException(nameof(reminder), reminder.Type, "Not a reminder."),
        };
}
