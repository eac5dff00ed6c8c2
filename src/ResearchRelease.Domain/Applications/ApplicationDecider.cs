namespace ResearchRelease.Domain.Applications;

/// <summary>
/// Turns commands into events. Checks run in a fixed order — actor valid, application exists and is
/// visible, state allows, role permitted — so the same request always fails for the same reason.
/// </summary>
public static class ApplicationDecider
{
    public static CommandOutcome Draft(Actor actor, string reference, ApplicationForm form) =>
        actor.Role != ActorRole.Researcher
            ? CommandOutcome.Fail(CommandFailure.Forbidden, "Only researchers can start an application.")
            : CommandOutcome.Ok(new ApplicationDrafted(reference, actor.Subject, form));

    public static CommandOutcome UpdateDraft(ApplicationState? state, Actor actor, ApplicationForm form, int? expectedVersion) =>
        Check(state, actor, ApplicationCommand.EditDraft, expectedVersion) ?? CommandOutcome.Ok(new DraftUpdated(form));

    /// <summary>Submits the draft, or resubmits it after a return, when the documents its answers promise are attached.</summary>
    public static CommandOutcome Submit(
        ApplicationState? state,
        Actor actor,
        DateOnly today,
        int? expectedVersion,
        IReadOnlyCollection<string> attachedKinds
    ) =>
        Check(state, actor, ApplicationCommand.Submit, expectedVersion)
        ?? SubmissionEvidence.Missing(state!.Form, attachedKinds)
        ?? CommandOutcome.Ok(new ApplicationSubmitted(state.Round + 1, today, state.Form));

    public static CommandOutcome Withdraw(ApplicationState? state, Actor actor, string? reason) =>
        Check(state, actor, ApplicationCommand.Withdraw, null)
        ?? (
            TextRules.Problem(reason, "The reason for withdrawing") is { } problem
                ? CommandOutcome.Fail(CommandFailure.Invalid, problem, "reason")
                : null
        )
        ?? CommandOutcome.Ok(
            new ApplicationWithdrawn(string.IsNullOrWhiteSpace(reason) ? "Withdrawn by the applicant." : reason.Trim(), Round: state!.Round)
        );

    /// <summary>
    /// Records the screening of <paramref name="round"/>: the recommendation only. Where the application goes next is
    /// the workflow definition's decision, recorded by <see cref="Route"/> from the route activity it runs. Idempotent:
    /// the workflow runs this at least once, so a second call for a round already screened produces no events.
    /// </summary>
    public static CommandOutcome RecordScreening(ApplicationState? state, int round, Screening.ScreeningResult result)
    {
        if (state is null)
            return CommandOutcome.Fail(CommandFailure.NotFound, "Application not found.");
        if (state.Round != round || state.Screening is not null)
            return CommandOutcome.Ok();
        return Check(state, Actor.Workflow, ApplicationCommand.RecordScreening, null)
            ?? CommandOutcome.Ok(new ApplicationScreened(round, result));
    }

    /// <summary>
    /// Records the route the workflow took after screening: back to the researcher (with the screening's reasons) or
    /// to the Chief Statistician. Idempotent per round. The one invariant the domain keeps: an approved release is
    /// never sent back — an extension, however it screened, is for the Chief Statistician to approve or refuse.
    /// </summary>
    public static CommandOutcome Route(ApplicationState? state, int round, bool toResearcher)
    {
        if (state is null)
            return CommandOutcome.Fail(CommandFailure.NotFound, "Application not found.");
        if (state.Round != round || state.Status is not (ApplicationStatus.Submitted or ApplicationStatus.ExtensionRequested))
            return CommandOutcome.Ok();
        if (state.Screening is not { } result)
            return CommandOutcome.Fail(CommandFailure.Conflict, "The application has not been screened yet, so it cannot be routed.");
        if (toResearcher && state.IsExtensionRound)
            return CommandOutcome.Fail(
                CommandFailure.Conflict,
                "An extension of an approved release goes to the Chief Statistician; it is never sent back."
            );
        var failure = Check(state, Actor.Workflow, ApplicationCommand.RecordScreening, null);
        if (failure is not null)
            return failure;
        return CommandOutcome.Ok(
            toResearcher
                ? new ReturnedToResearcher(round, ScreeningReasons.ForResearcher(result))
                : new SentToChiefStatistician(round, result.Overall)
        );
    }

    /// <summary>A deputy's decision needs the <paramref name="designation"/> that authorises it; the Chief Statistician's none.</summary>
    public static CommandOutcome Decide(
        ApplicationState? state,
        Actor actor,
        DecisionRequest request,
        DateOnly today,
        Deputies.DeputyDesignation? designation = null
    ) =>
        Check(state, actor, ApplicationCommand.Decide, request.ExpectedVersion)
        ?? Deputies.DeputyAuthority.Check(actor, designation, today)
        ?? SeparationOfDuties.Check(state!, actor)
        ?? (
            state!.IsExtensionRound
                ? ExtensionRules.Validate(state, actor, request, today)
                : DecisionRules.Validate(state, actor, request, today, actor.Role == ActorRole.DeputyChiefStatistician ? designation : null)
        );

    /// <summary>Idempotent: one letter per decision; a second call for the same round adds nothing.</summary>
    public static CommandOutcome RecordLetter(ApplicationState? state, LetterIssued letter)
    {
        if (state is null)
            return CommandOutcome.Fail(CommandFailure.NotFound, "Application not found.");
        if (state.Letters.Any(l => l.Round == letter.Round))
            return CommandOutcome.Ok();
        return Check(state, Actor.Workflow, ApplicationCommand.IssueLetter, null) ?? CommandOutcome.Ok(letter);
    }

    /// <summary>
    /// A corrected letter for the letter in force. Called once without <paramref name="file"/> to validate and
    /// preview (the review page, and the details the new letter prints), then with the rendered file to record it.
    /// </summary>
    /// <summary>
    /// A correction is signed like a decision, so the same people may make it: the Chief Statistician, or a deputy under
    /// a designation in force on <paramref name="today"/> (the only way to correct the letter of an application the
    /// Chief Statistician is named on). A fail-safe default: a deputy checked without a date is refused.
    /// </summary>
    public static CommandOutcome CorrectLetter(
        ApplicationState? state,
        Actor actor,
        CorrectionRequest request,
        LetterFile? file,
        DateOnly today = default,
        Deputies.DeputyDesignation? designation = null
    ) =>
        Check(state, actor, ApplicationCommand.CorrectLetter, request.ExpectedVersion)
        ?? Deputies.DeputyAuthority.Check(actor, designation, today)
        ?? (
            SeparationOfDuties.IsConflicted(state!, actor)
                ? CommandOutcome.Fail(
                    CommandFailure.Forbidden,
                    "You are named on this application, so you cannot correct its letter. Ask a designated deputy."
                )
                : null
        )
        ?? CorrectionRules.Validate(state!, actor, request, file, actor.Role == ActorRole.DeputyChiefStatistician ? designation : null);

    internal static CommandOutcome? Check(ApplicationState? state, Actor actor, ApplicationCommand command, int? expectedVersion)
    {
        if (string.IsNullOrWhiteSpace(actor.Subject))
            return CommandOutcome.Fail(CommandFailure.Forbidden, "You must be signed in.");
        if (state is null || (actor.Role == ActorRole.Researcher && state.OwnerSubject != actor.Subject))
            return CommandOutcome.Fail(CommandFailure.NotFound, "Application not found.");
        if (
            !PermissionTable.CommandsFor(state.Status, ActorRole.Researcher).Contains(command)
            && !PermissionTable.CommandsFor(state.Status, ActorRole.ChiefStatistician).Contains(command)
            && !PermissionTable.CommandsFor(state.Status, ActorRole.System).Contains(command)
        )
            return CommandOutcome.Fail(
                CommandFailure.Conflict,
                $"This cannot be done while the application is {StatusText.For(state.Status)}."
            );
        if (!PermissionTable.Allows(state.Status, actor.Role, command))
            return CommandOutcome.Fail(CommandFailure.Forbidden, "You do not have permission to do this.");
        if (expectedVersion is { } v && v != state.Version)
            return CommandOutcome.Fail(
                CommandFailure.Conflict,
                "The application has changed since you opened it. Review it again before continuing."
            );
        return null;
    }
}
