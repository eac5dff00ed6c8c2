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

    /// <summary>Issue a corrected letter in place of the one in force (clerical details only).</summary>
    CorrectLetter,
    RequestExtension,
    ConfirmDestruction,

    /// <summary>Timers: reminders and escalations, recorded once per round.</summary>
    RecordReminder,
    Lapse,
    Expire,
    FlagDestructionOverdue,

    /// <summary>The researcher records a publication or other output of an approved release, for the public register.</summary>
    ReportOutput,
}
