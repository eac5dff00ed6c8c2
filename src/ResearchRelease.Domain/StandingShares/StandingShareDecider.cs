using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Deputies;

namespace ResearchRelease.Domain.StandingShares;

/// <summary>
/// Standing share commands → events, pure. Checked in the fixed order of the application decider: the share exists →
/// the actor's role may do this in this state (<see cref="SharePermissions"/>) → the actor is not conflicted → the input
/// is valid.
/// </summary>
public static class StandingShareDecider
{
    public static ShareOutcome Draft(Actor actor, string reference, ShareTerms terms)
    {
        if (actor.Role != ActorRole.ComplianceOfficer)
            return ShareOutcome.Fail(CommandFailure.Forbidden, "Only compliance staff can draft a standing share.");
        return string.IsNullOrWhiteSpace(terms.RecipientBody)
            ? ShareOutcome.Fail(CommandFailure.Invalid, "Enter the body that receives the data", "recipientBody")
            : ShareOutcome.Ok(new ShareDrafted(reference, terms));
    }

    public static ShareOutcome UpdateTerms(StandingShareState? state, Actor actor, ShareTerms terms, int? expectedVersion) =>
        Guard(state, actor, ShareCommand.UpdateTerms, expectedVersion)
        ?? (
            string.IsNullOrWhiteSpace(terms.RecipientBody)
                ? ShareOutcome.Fail(CommandFailure.Invalid, "Enter the body that receives the data", "recipientBody")
                : ShareOutcome.Ok(new ShareTermsUpdated(terms))
        );

    public static ShareOutcome Submit(
        StandingShareState? state,
        Actor actor,
        IReadOnlySet<string> catalogue,
        DateOnly today,
        int? expectedVersion
    )
    {
        if (Guard(state, actor, ShareCommand.Submit, expectedVersion) is { } refused)
            return refused;
        var errors = ShareTermsValidator.Validate(state!.Terms, catalogue, today);
        if (errors.Count > 0)
            return ShareOutcome.Fail(CommandFailure.Invalid, errors[0].Message, errors[0].Field);
        var round = state.Status == StandingShareStatus.RenewalDraft ? state.Round : state.Round + 1;
        return ShareOutcome.Ok(new ShareSubmitted(round, state.Terms));
    }

    public static ShareOutcome ProposeRenewal(StandingShareState? state, Actor actor, ShareTerms terms, int? expectedVersion) =>
        Guard(state, actor, ShareCommand.ProposeRenewal, expectedVersion)
        ?? ShareOutcome.Ok(new ShareRenewalProposed(state!.Round + 1, terms with { RecipientBody = state.InForce!.RecipientBody }));

    public static ShareOutcome Decide(
        StandingShareState? state,
        Actor actor,
        string? outcome,
        string? reasons,
        DateOnly today,
        DeputyDesignation? designation,
        int? expectedVersion
    )
    {
        if (Guard(state, actor, ShareCommand.Decide, expectedVersion) is { } refused)
            return refused;
        if (DeputyAuthority.Check(actor, designation, today) is { } deputy)
            return ShareOutcome.From(deputy);
        if (Conflict(state!, actor) is { } conflict)
            return ShareOutcome.Fail(CommandFailure.Forbidden, conflict);
        if (outcome is null || !DecisionOutcomes.All.Contains(outcome))
            return ShareOutcome.Fail(CommandFailure.Invalid, "Select approve, refuse or return for changes", "outcome");
        if (string.IsNullOrWhiteSpace(reasons))
            return ShareOutcome.Fail(CommandFailure.Invalid, "Enter the reasons for your decision", "reasons");
        if (reasons.Length > ShareTermsValidator.MaxText)
            return ShareOutcome.Fail(
                CommandFailure.Invalid,
                $"Shorten the reasons to {ShareTermsValidator.MaxText} characters or fewer.",
                "reasons"
            );
        var used = actor.Role == ActorRole.DeputyChiefStatistician ? designation : null;
        return ShareOutcome.Ok(
            new ShareDecided(state!.Round, outcome, reasons.Trim(), actor.Name, DecisionRules.TitleOf(actor, used))
            {
                DeputyDesignationId = used?.Id,
            }
        );
    }

    /// <summary>The review process's commands (workflows/standing-share-review.v1.json): each is recorded once per round of terms in force.</summary>
    public static ShareOutcome RecordReviewReminder(StandingShareState? state) =>
        Guard(state, Actor.Workflow, ShareCommand.RecordReviewReminder, null)
        ?? (
            ShareReview.ReminderIsDue(state!)
                ? ShareOutcome.Ok(new ShareReviewReminderSent(state!.InForceRound, state.InForce!.ReviewDate!.Value))
                : ShareOutcome.Fail(CommandFailure.Conflict, "The review reminder was already sent for these terms.")
        );

    public static ShareOutcome FlagReviewOverdue(StandingShareState? state, DateOnly asOf) =>
        Guard(state, Actor.Workflow, ShareCommand.FlagReviewOverdue, null)
        ?? (
            ShareReview.OverdueIsDue(state!, asOf)
                ? ShareOutcome.Ok(new ShareReviewOverdueFlagged(state!.InForceRound, state.InForce!.ReviewDate!.Value))
                : ShareOutcome.Fail(CommandFailure.Conflict, "The review is not overdue.")
        );

    /// <summary>
    /// Separation of duties for a share: nobody decides terms they wrote or changed in the round being decided, matched
    /// by account and, as for applications, by name (<see cref="PersonNames"/>).
    /// </summary>
    public static string? Conflict(StandingShareState state, Actor actor) =>
        state.Authors.Any(a => a.Subject == actor.Subject || PersonNames.Match(a.Name, actor.Name))
            ? "You wrote or changed these terms, so you cannot decide them. Ask a designated deputy."
            : null;

    private static ShareOutcome? Guard(StandingShareState? state, Actor actor, ShareCommand command, int? expectedVersion)
    {
        if (state is null)
            return ShareOutcome.Fail(CommandFailure.NotFound, "There is no such standing share.");
        if (!SharePermissions.Allows(state.Status, actor.Role, command))
            return SharePermissions.RoleMay(actor.Role, command)
                ? ShareOutcome.Fail(CommandFailure.Conflict, "This standing share cannot be changed that way now.")
                : ShareOutcome.Fail(CommandFailure.Forbidden, "You cannot do this to a standing share.");
        return expectedVersion is { } v && v != state.Version
            ? ShareOutcome.Fail(
                CommandFailure.Conflict,
                "The standing share has changed since you opened it. Review it again before continuing."
            )
            : null;
    }
}
