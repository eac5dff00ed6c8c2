using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Domain.StandingShares;

/// <summary>
/// The whitelist of (state, role) → commands for standing shares, as <see cref="PermissionTable"/> is for applications.
/// Here compliance drafts and maintains (a standing share is DfE's own arrangement, not an applicant's), and only the
/// Chief Statistician or a designated deputy decides. Pages show buttons from this table.
/// </summary>
public static class SharePermissions
{
    private static readonly ShareCommand[] Reviews = [ShareCommand.RecordReviewReminder, ShareCommand.FlagReviewOverdue];

    private static readonly Dictionary<(StandingShareStatus, ActorRole), ShareCommand[]> Allowed = new()
    {
        [(StandingShareStatus.Draft, ActorRole.ComplianceOfficer)] = [ShareCommand.UpdateTerms, ShareCommand.Submit],
        [(StandingShareStatus.ReturnedForChanges, ActorRole.ComplianceOfficer)] = [ShareCommand.UpdateTerms, ShareCommand.Submit],
        [(StandingShareStatus.AwaitingApproval, ActorRole.ChiefStatistician)] = [ShareCommand.Decide],
        [(StandingShareStatus.AwaitingApproval, ActorRole.DeputyChiefStatistician)] = [ShareCommand.Decide],
        [(StandingShareStatus.Approved, ActorRole.ComplianceOfficer)] = [ShareCommand.ProposeRenewal],
        [(StandingShareStatus.Approved, ActorRole.System)] = Reviews,
        [(StandingShareStatus.RenewalDraft, ActorRole.ComplianceOfficer)] = [ShareCommand.UpdateTerms, ShareCommand.Submit],
        [(StandingShareStatus.RenewalDraft, ActorRole.System)] = Reviews,
        [(StandingShareStatus.RenewalAwaitingApproval, ActorRole.ChiefStatistician)] = [ShareCommand.Decide],
        [(StandingShareStatus.RenewalAwaitingApproval, ActorRole.DeputyChiefStatistician)] = [ShareCommand.Decide],
        [(StandingShareStatus.RenewalAwaitingApproval, ActorRole.System)] = Reviews,
    };

    /// <summary>Whether the role may ever do this, in some state: if not, refusing it is "forbidden", not "not now".</summary>
    public static bool RoleMay(ActorRole role, ShareCommand command) => Allowed.Any(p => p.Key.Item2 == role && p.Value.Contains(command));

    public static bool Allows(StandingShareStatus status, ActorRole role, ShareCommand command) =>
        Allowed.TryGetValue((status, role), out var commands) && commands.Contains(command);
}
