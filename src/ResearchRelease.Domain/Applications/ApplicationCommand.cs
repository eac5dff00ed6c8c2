namespace ResearchRelease.Domain.Applications;

/// <summary>What someone may ask of an application. The permission table is written in these terms.</summary>
public enum ApplicationCommand
{
    EditDraft,
    Submit,
    Withdraw,
    RecordScreening,
    Decide,
    IssueLetter,
    RequestExtension,
    ConfirmDestruction,
    /// <summary>Timers: reminders and escalations, recorded once per round.</summary>
    RecordReminder,
    Lapse,
    Expire,
    FlagDestructionOverdue,
}
