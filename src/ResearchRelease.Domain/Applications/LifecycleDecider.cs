using ResearchRelease.Domain.Calendar;

namespace ResearchRelease.Domain.Applications;

/// <summary>
/// The release lifecycle after (and around) the decision: reminders, lapse, expiry, destruction, extension.
/// Timer-driven commands are idempotent: the engine runs each at least once, and a timer may fire after the
/// application has moved on — then they record nothing instead of failing.
/// </summary>
public static class LifecycleDecider
{
    public const int MaxJustificationLength = 5_000;

    /// <summary>Records a reminder or escalation once per round; stale (the round or state moved on) or repeated, it records nothing.</summary>
    public static CommandOutcome RecordReminder(ApplicationState? state, ApplicationEvent reminder)
    {
        if (state is null)
            return NotFound();
        var round = RoundOf(reminder);
        if (state.Round != round || state.Reminders.Contains(ApplicationState.ReminderKey(reminder)))
            return CommandOutcome.Ok();
        var fits = reminder switch
        {
            DecisionReminderSent or DecisionEscalated => state.Status
                is ApplicationStatus.AwaitingDecision
                    or ApplicationStatus.ExtensionAwaitingDecision,
            ResubmissionReminderSent => state.Status is ApplicationStatus.ReturnedToResearcher or ApplicationStatus.ReturnedForChanges,
            _ => state.Status == ApplicationStatus.Approved,
        };
        return fits && PermissionTable.Allows(state.Status, ActorRole.System, ApplicationCommand.RecordReminder)
            ? CommandOutcome.Ok(reminder)
            : CommandOutcome.Ok();
    }

    /// <summary>A returned application not resubmitted in time is withdrawn automatically. Only from a returned state, only in its round.</summary>
    /// <param name="lapsedOn">The process's lapse date, named in the reason; unknown (null), the reason says "in time".</param>
    public static CommandOutcome Lapse(ApplicationState? state, int round, DateOnly? lapsedOn)
    {
        if (state is null)
            return NotFound();
        if (state.Round != round || !PermissionTable.Allows(state.Status, ActorRole.System, ApplicationCommand.Lapse))
            return CommandOutcome.Ok();
        var reason = lapsedOn is { } on ? $"lapsed: not resubmitted by {PlainDates.Day(on)}" : "lapsed: not resubmitted in time";
        return CommandOutcome.Ok(new ApplicationWithdrawn(reason, Automatic: true, Round: round));
    }

    /// <summary>The release reached its end date. Refused (Conflict) before the end date, so a timer set on a stale date cannot expire an extended release.</summary>
    public static CommandOutcome Expire(ApplicationState? state, DateOnly today, int dueDays)
    {
        if (state is null)
            return NotFound();
        if (state.Status == ApplicationStatus.Expired || state.Status == ApplicationStatus.Closed)
            return CommandOutcome.Ok();
        if (!PermissionTable.Allows(state.Status, ActorRole.System, ApplicationCommand.Expire) || state.EndDate is not { } end)
            return CommandOutcome.Fail(
                CommandFailure.Conflict,
                $"This cannot be done while the application is {StatusText.For(state.Status)}."
            );
        if (today < end)
            return CommandOutcome.Fail(CommandFailure.Conflict, $"The release does not end until {PlainDates.Day(end)}.");
        var from = today > end ? today : end;
        return CommandOutcome.Ok(new ReleaseExpired(state.Round, end, from.AddDays(dueDays)));
    }

    /// <summary>Flags an expired release whose destruction is overdue, once. Nothing to flag once destruction is confirmed.</summary>
    public static CommandOutcome FlagDestructionOverdue(ApplicationState? state, DateOnly today)
    {
        if (state is null)
            return NotFound();
        if (state.OverdueFlag is not null || state.Status != ApplicationStatus.Expired || state.Expiry is not { } expiry)
            return CommandOutcome.Ok();
        if (today <= expiry.DestructionDueBy)
            return CommandOutcome.Fail(CommandFailure.Conflict, $"Destruction is not due until {PlainDates.Day(expiry.DestructionDueBy)}.");
        return CommandOutcome.Ok(new DestructionOverdueFlagged(state.Round, expiry.DestructionDueBy));
    }

    public static CommandOutcome ConfirmDestruction(
        ApplicationState? state,
        Actor actor,
        string? method,
        DateOnly? destroyedOn,
        bool declared,
        DateOnly today
    )
    {
        var failure = ApplicationDecider.Check(state, actor, ApplicationCommand.ConfirmDestruction, null);
        if (failure is not null)
            return failure;
        var text = method?.Trim() ?? "";
        if (text.Length == 0)
            return Invalid("method", "Enter how the data was destroyed.");
        if (text.Length > DestructionDeclaration.MaxMethodLength)
            return Invalid(
                "method",
                $"How the data was destroyed must be {DestructionDeclaration.MaxMethodLength:N0} characters or fewer."
            );
        if (TextRules.Problem(text, "How the data was destroyed") is { } badMethod)
            return Invalid("method", badMethod);
        if (destroyedOn is not { } on)
            return Invalid("destroyedOn", "Enter the date the data was destroyed.");
        if (on > today)
            return Invalid("destroyedOn", "The date the data was destroyed must be today or in the past.");
        if (state!.SubmittedOn is { } submitted && on < submitted)
            return Invalid(
                "destroyedOn",
                $"The date the data was destroyed must be after the application was submitted on {PlainDates.Day(submitted)}."
            );
        if (!declared)
            return Invalid("declaration", "Confirm the declaration that the data has been destroyed.");
        return CommandOutcome.Ok(new DestructionConfirmed(state.Round, text, on, DestructionDeclaration.Text, actor.Subject, actor.Name));
    }

    public static CommandOutcome RequestExtension(
        ApplicationState? state,
        Actor actor,
        DateOnly? newEndDate,
        string? justification,
        DateOnly today
    )
    {
        var failure = ApplicationDecider.Check(state, actor, ApplicationCommand.RequestExtension, null);
        if (failure is not null)
            return failure;
        // The extension's letter amends the approval letter, so the approval letter must exist first: the workflow
        // issues it straight after the decision, and would otherwise find the release already in an extension round.
        if (state!.IsLetterOwed)
            return CommandOutcome.Fail(
                CommandFailure.Conflict,
                "Your decision letter is still being issued. You can ask for an extension once it has been sent to you."
            );
        if (state.EndDate is not { } current || today >= current)
            return CommandOutcome.Fail(CommandFailure.Conflict, "This release has reached its end date, so it cannot be extended.");
        if (newEndDate is not { } requested)
            return Invalid("newEndDate", "Enter the new end date.");
        if (requested <= current)
            return Invalid("newEndDate", $"The new end date must be after the current end date, {PlainDates.Day(current)}.");
        if (requested > today.AddYears(10))
            return Invalid("newEndDate", "The new end date must be within 10 years.");
        var reason = justification?.Trim() ?? "";
        if (reason.Length == 0)
            return Invalid("justification", "Enter why you need the data for longer.");
        if (reason.Length > MaxJustificationLength)
            return Invalid("justification", $"Why you need the data for longer must be {MaxJustificationLength:N0} characters or fewer.");
        if (TextRules.Problem(reason, "Why you need the data for longer") is { } badReason)
            return Invalid("justification", badReason);
        return CommandOutcome.Ok(new ExtensionRequested(state.Round + 1, current, requested, reason, today));
    }

    private static int RoundOf(ApplicationEvent reminder) =>
        reminder switch
        {
            DecisionReminderSent r => r.Round,
            DecisionEscalated r => r.Round,
            ResubmissionReminderSent r => r.Round,
            ReleaseEndingReminderSent r => r.Round,
            _ => throw new ArgumentOutOfRangeException(nameof(reminder), reminder.Type, "Not a reminder."),
        };

    private static CommandOutcome NotFound() => CommandOutcome.Fail(CommandFailure.NotFound, "Application not found.");

    private static CommandOutcome Invalid(string field, string message) => CommandOutcome.Fail(CommandFailure.Invalid, message, field);
}
