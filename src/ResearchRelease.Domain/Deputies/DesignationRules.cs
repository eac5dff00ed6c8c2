using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Calendar;

namespace ResearchRelease.Domain.Deputies;

/// <summary>
/// Only the Chief Statistician designates a deputy or revokes a designation (docs/domain.md: "a formally designated deputy,
/// whose designation is itself recorded"). There is one deputy at a time: periods of designations still in force may
/// not overlap, so at any moment there is no doubt who may decide in the Chief Statistician's place.
/// </summary>
public static class DesignationRules
{
    public const int MaxDays = 366;
    public const int MaxReasonLength = 2_000;
    public const int MaxNameLength = 200;

    public static DesignationOutcome Designate(
        IReadOnlyList<DeputyDesignation> existing,
        Actor actor,
        DesignationRequest request,
        Guid newId,
        DateOnly today
    )
    {
        if (actor.Role != ActorRole.ChiefStatistician)
            return DesignationOutcome.Fail(CommandFailure.Forbidden, "Only the Chief Statistician can designate a deputy.");
        var subject = request.DeputySubject?.Trim() ?? "";
        var name = request.DeputyName?.Trim() ?? "";
        var title = request.DeputyTitle?.Trim() ?? "";
        var reason = request.Reason?.Trim() ?? "";
        var email = string.IsNullOrWhiteSpace(request.DeputyEmail) ? null : request.DeputyEmail.Trim();

        if (subject.Length == 0)
            return Invalid("deputySubject", "Enter the deputy's account ID.");
        if (subject.Length > 256)
            return Invalid("deputySubject", "The account ID must be 256 characters or fewer.");
        if (subject == actor.Subject)
            return Invalid("deputySubject", "You cannot designate yourself as your own deputy.");
        if (name.Length == 0)
            return Invalid("deputyName", "Enter the deputy's name.");
        if (name.Length > MaxNameLength)
            return Invalid("deputyName", $"The name must be {MaxNameLength} characters or fewer.");
        if (email is { Length: > 256 } || (email is not null && !email.Contains('@', StringComparison.Ordinal)))
            return Invalid("deputyEmail", "Enter an email address like name@education.gov.uk, or leave it blank.");
        if (title.Length == 0)
            return Invalid("deputyTitle", "Enter the deputy's job title, for example Deputy Director.");
        if (title.Length > MaxNameLength)
            return Invalid("deputyTitle", $"The job title must be {MaxNameLength} characters or fewer.");
        if (request.From is not { } from)
            return Invalid("from", "Enter the first day of the designation.");
        if (request.Until is not { } until)
            return Invalid("until", "Enter the last day of the designation.");
        if (from < today)
            return Invalid("from", "The designation cannot start in the past.");
        if (until < from)
            return Invalid("until", "The last day must be on or after the first day.");
        if (until.DayNumber - from.DayNumber + 1 > MaxDays)
            return Invalid("until", $"A designation can last at most {MaxDays} days.");
        if (reason.Length == 0)
            return Invalid("reason", "Enter the reason for the designation, for example leave or a conflict of interest.");
        if (reason.Length > MaxReasonLength)
            return Invalid("reason", $"The reason must be {MaxReasonLength:N0} characters or fewer.");
        if (TextRules.Problem(reason, "The reason") is { } badReason)
            return Invalid("reason", badReason);

        var clash = existing.FirstOrDefault(d => d.RevokedAt is null && d.Until >= today && d.From <= until && from <= d.Until);
        if (clash is not null)
            return DesignationOutcome.Fail(
                CommandFailure.Conflict,
                $"{clash.DeputyName} is already designated from {PlainDates.Day(clash.From)} to {PlainDates.Day(clash.Until)}. Revoke that designation first.",
                "from"
            );

        return DesignationOutcome.Ok(new DeputyDesignated(newId, subject, name, email, title, from, until, reason));
    }

    public static DesignationOutcome Revoke(
        IReadOnlyList<DeputyDesignation> existing,
        Actor actor,
        Guid designationId,
        string? reason,
        DateOnly today
    )
    {
        if (actor.Role != ActorRole.ChiefStatistician)
            return DesignationOutcome.Fail(CommandFailure.Forbidden, "Only the Chief Statistician can revoke a designation.");
        var designation = existing.FirstOrDefault(d => d.Id == designationId);
        if (designation is null)
            return DesignationOutcome.Fail(CommandFailure.NotFound, "There is no such designation.");
        var status = designation.StatusOn(today);
        if (status is DesignationStatus.Revoked or DesignationStatus.Ended)
            return DesignationOutcome.Fail(
                CommandFailure.Conflict,
                $"This designation has already {(status == DesignationStatus.Revoked ? "been revoked" : "ended")}."
            );
        var why = reason?.Trim() ?? "";
        if (why.Length == 0)
            return Invalid("reason", "Enter the reason for revoking the designation.");
        if (why.Length > MaxReasonLength)
            return Invalid("reason", $"The reason must be {MaxReasonLength:N0} characters or fewer.");
        if (TextRules.Problem(why, "The reason") is { } badWhy)
            return Invalid("reason", badWhy);
        return DesignationOutcome.Ok(new DeputyDesignationRevoked(designationId, why));
    }

    private static DesignationOutcome Invalid(string field, string message) =>
        DesignationOutcome.Fail(CommandFailure.Invalid, message, field);
}
