using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Calendar;

namespace ResearchRelease.Domain.Deputies;

/// <summary>A deputy decides only under a designation that names them and is in force on the day of the decision.</summary>
public static class DeputyAuthority
{
    public static CommandOutcome? Check(Actor actor, DeputyDesignation? designation, DateOnly today)
    {
        if (actor.Role != ActorRole.DeputyChiefStatistician)
            return null;
        if (designation is null || designation.DeputySubject != actor.Subject)
            return CommandOutcome.Fail(CommandFailure.Forbidden, "You have not been designated as the Chief Statistician's deputy.");
        return designation.StatusOn(today) switch
        {
            DesignationStatus.Active => null,
            DesignationStatus.Revoked => CommandOutcome.Fail(CommandFailure.Forbidden, "Your designation as deputy has been revoked."),
            DesignationStatus.Ended => CommandOutcome.Fail(
                CommandFailure.Forbidden,
                $"Your designation as deputy ended on {PlainDates.Day(designation.Until)}."
            ),
            _ => CommandOutcome.Fail(CommandFailure.Forbidden, $"Your designation as deputy starts on {PlainDates.Day(designation.From)}."),
        };
    }
}
