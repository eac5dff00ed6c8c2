using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Web.Applications;

/// <summary>
/// Who may read an application. A researcher sees only their own (anything else is reported as not found,
/// so ids cannot be probed); the Chief Statistician sees submitted ones; compliance sees everything.
/// </summary>
public static class ApplicationAccess
{
    public static bool CanRead(Actor actor, ApplicationState state) =>
        actor.Role switch
        {
            ActorRole.Researcher => state.OwnerSubject == actor.Subject,
            ActorRole.ChiefStatistician => state.Round > 0,
            ActorRole.ComplianceOfficer => true,
            // A deputy reads what the Chief Statistician reads, but only while a designation is in force.
            ActorRole.DeputyChiefStatistician => actor.DesignationId is not null && state.Round > 0,
            _ => false,
        };
}
