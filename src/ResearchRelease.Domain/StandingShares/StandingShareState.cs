using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Domain.StandingShares;

/// <summary>
/// The current state of one standing share: a left fold over its recorded events. Every reader (pages, the register,
/// the review sweep) reads this, never the rows.
/// </summary>
public sealed record StandingShareState
{
    public static readonly StandingShareState Empty = new();

    public string Reference { get; init; } = "";
    public StandingShareStatus Status { get; init; } = StandingShareStatus.Draft;

    /// <summary>The terms compliance is writing now (a draft, a returned share or a renewal).</summary>
    public ShareTerms Terms { get; init; } = new();

    /// <summary>The terms put to the Chief Statistician in the current round.</summary>
    public ShareTerms? Submitted { get; init; }

    /// <summary>The approved terms in force: the first approval's, then each approved renewal's.</summary>
    public ShareTerms? InForce { get; init; }

    /// <summary>The round whose terms are in force: reminders and overdue flags are recorded once per such round.</summary>
    public int InForceRound { get; init; }
    public int Round { get; init; }
    public DateTime? CreatedAt { get; init; }

    /// <summary>When the agreement was first approved.</summary>
    public DateTime? FirstApprovedAt { get; init; }

    /// <summary>When the terms in force were approved (the latest approved renewal).</summary>
    public DateTime? ApprovedAt { get; init; }
    public IReadOnlyList<(ShareDecided Decision, DateTime At)> Decisions { get; init; } = [];

    /// <summary>Who wrote or changed the terms of the current round: none of them may decide it.</summary>
    public IReadOnlyList<(string Subject, string Name)> Authors { get; init; } = [];
    public IReadOnlySet<int> RemindedRounds { get; init; } = new HashSet<int>();
    public IReadOnlySet<int> OverdueRounds { get; init; } = new HashSet<int>();
    public int Version { get; init; }

    public bool IsInForce => InForce is not null;
    public bool ReviewReminded => IsInForce && RemindedRounds.Contains(InForceRound);
    public bool ReviewOverdue => IsInForce && OverdueRounds.Contains(InForceRound);
    public bool IsRenewal => Status is StandingShareStatus.RenewalDraft or StandingShareStatus.RenewalAwaitingApproval;

    public static StandingShareState Fold(IEnumerable<RecordedShareEvent> events) => events.Aggregate(Empty, (s, e) => s.Apply(e));

    public StandingShareState Apply(RecordedShareEvent recorded)
    {
        var author = (recorded.ActorSubject, recorded.ActorName);
        var next = recorded.Event switch
        {
            ShareDrafted d => this with { Reference = d.Reference, Terms = d.Terms, CreatedAt = recorded.At, Authors = [author] },
            ShareTermsUpdated u => this with { Terms = u.Terms, Authors = [.. Authors, author] },
            ShareSubmitted s => this with
            {
                Round = s.Round,
                Terms = s.Terms,
                Submitted = s.Terms,
                Authors = [.. Authors, author],
                Status = IsRenewal ? StandingShareStatus.RenewalAwaitingApproval : StandingShareStatus.AwaitingApproval,
            },
            ShareRenewalProposed r => this with
            {
                Round = r.Round,
                Terms = r.Terms,
                Status = StandingShareStatus.RenewalDraft,
                Authors = [author],
            },
            ShareDecided d => Decided(d, recorded.At),
            ShareReviewReminderSent r => this with { RemindedRounds = new HashSet<int>(RemindedRounds) { r.Round } },
            ShareReviewOverdueFlagged f => this with { OverdueRounds = new HashSet<int>(OverdueRounds) { f.Round } },
            _ => throw new ArgumentOutOfRangeException(nameof(recorded), recorded.Event.Type, "Unknown standing share event."),
        };
        return next with { Version = Version + 1 };
    }

    private StandingShareState Decided(ShareDecided d, DateTime at)
    {
        var decided = this with { Decisions = [.. Decisions, (d, at)] };
        return d.Outcome switch
        {
            DecisionOutcomes.Approve => decided with
            {
                Status = StandingShareStatus.Approved,
                InForce = Submitted,
                InForceRound = d.Round,
                ApprovedAt = at,
                FirstApprovedAt = FirstApprovedAt ?? at,
                Authors = [],
            },
            // A refused renewal leaves the agreement in force as it was; a refused agreement never comes into force.
            DecisionOutcomes.Refuse => decided with
            {
                Status = IsInForce ? StandingShareStatus.Approved : StandingShareStatus.Refused,
                Terms = InForce ?? Terms,
                Authors = [],
            },
            _ => decided with { Status = IsRenewal ? StandingShareStatus.RenewalDraft : StandingShareStatus.ReturnedForChanges },
        };
    }
}
