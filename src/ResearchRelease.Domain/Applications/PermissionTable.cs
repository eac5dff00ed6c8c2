namespace ResearchRelease.Domain.Applications;

/// <summary>
/// A whitelist of (state, role) → allowed commands, as in REMS: anything not listed is refused.
/// The pages use the same table to decide which buttons to show, so the UI never offers what the
/// domain would refuse. "Researcher" here means the owning researcher; ownership is checked separately.
/// Compliance officers appear nowhere: they read everything and change nothing.
/// </summary>
public static class PermissionTable
{
    private static readonly Dictionary<(ApplicationStatus, ActorRole), ApplicationCommand[]> Allowed = new()
    {
        [(ApplicationStatus.Draft, ActorRole.Researcher)] =
        [
            ApplicationCommand.EditDraft,
            ApplicationCommand.Submit,
            ApplicationCommand.Withdraw,
        ],
        [(ApplicationStatus.Submitted, ActorRole.Researcher)] = [ApplicationCommand.Withdraw],
        [(ApplicationStatus.Submitted, ActorRole.System)] = [ApplicationCommand.RecordScreening],
        [(ApplicationStatus.ReturnedToResearcher, ActorRole.Researcher)] =
        [
            ApplicationCommand.EditDraft,
            ApplicationCommand.Submit,
            ApplicationCommand.Withdraw,
        ],
        [(ApplicationStatus.ReturnedToResearcher, ActorRole.System)] = [ApplicationCommand.RecordReminder, ApplicationCommand.Lapse],
        [(ApplicationStatus.ReturnedForChanges, ActorRole.Researcher)] =
        [
            ApplicationCommand.EditDraft,
            ApplicationCommand.Submit,
            ApplicationCommand.Withdraw,
        ],
        [(ApplicationStatus.ReturnedForChanges, ActorRole.System)] = [ApplicationCommand.RecordReminder, ApplicationCommand.Lapse],
        [(ApplicationStatus.AwaitingDecision, ActorRole.Researcher)] = [ApplicationCommand.Withdraw],
        [(ApplicationStatus.AwaitingDecision, ActorRole.ChiefStatistician)] = [ApplicationCommand.Decide],
        // Only under a designation in force (Deputies.DeputyAuthority), checked with the command.
        [(ApplicationStatus.AwaitingDecision, ActorRole.DeputyChiefStatistician)] = [ApplicationCommand.Decide],
        [(ApplicationStatus.Approved, ActorRole.System)] =
        [
            ApplicationCommand.IssueLetter,
            ApplicationCommand.RecordReminder,
            ApplicationCommand.Expire,
        ],
        [(ApplicationStatus.Refused, ActorRole.System)] = [ApplicationCommand.IssueLetter],
        [(ApplicationStatus.Approved, ActorRole.ChiefStatistician)] = [ApplicationCommand.CorrectLetter],
        [(ApplicationStatus.Refused, ActorRole.ChiefStatistician)] = [ApplicationCommand.CorrectLetter],
        // Like deciding: only under a designation in force, checked with the command.
        [(ApplicationStatus.Approved, ActorRole.DeputyChiefStatistician)] = [ApplicationCommand.CorrectLetter],
        [(ApplicationStatus.Refused, ActorRole.DeputyChiefStatistician)] = [ApplicationCommand.CorrectLetter],
        [(ApplicationStatus.AwaitingDecision, ActorRole.System)] = [ApplicationCommand.RecordReminder],
        [(ApplicationStatus.Approved, ActorRole.Researcher)] = [ApplicationCommand.RequestExtension, ApplicationCommand.ReportOutput],
        [(ApplicationStatus.ExtensionRequested, ActorRole.Researcher)] = [ApplicationCommand.ReportOutput],
        [(ApplicationStatus.ExtensionAwaitingDecision, ActorRole.Researcher)] = [ApplicationCommand.ReportOutput],
        // An approved release is never sent back or withdrawn: the extension is approved or refused, nothing else.
        [(ApplicationStatus.ExtensionRequested, ActorRole.System)] = [ApplicationCommand.RecordScreening],
        [(ApplicationStatus.ExtensionAwaitingDecision, ActorRole.ChiefStatistician)] = [ApplicationCommand.Decide],
        [(ApplicationStatus.ExtensionAwaitingDecision, ActorRole.System)] = [ApplicationCommand.RecordReminder, ApplicationCommand.Expire],
        [(ApplicationStatus.Expired, ActorRole.Researcher)] = [ApplicationCommand.ConfirmDestruction, ApplicationCommand.ReportOutput],
        [(ApplicationStatus.Expired, ActorRole.System)] = [ApplicationCommand.FlagDestructionOverdue],
    };

    public static bool Allows(ApplicationStatus status, ActorRole role, ApplicationCommand command) =>
        Allowed.TryGetValue((status, role), out var commands) && commands.Contains(command);

    public static IReadOnlyList<ApplicationCommand> CommandsFor(ApplicationStatus status, ActorRole role) =>
        Allowed.TryGetValue((status, role), out var commands) ? commands : [];
}
