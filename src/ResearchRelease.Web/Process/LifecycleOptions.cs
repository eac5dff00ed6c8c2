namespace ResearchRelease.Web.Process;

/// <summary>
/// Periods of the release lifecycle the app itself needs (configuration section "Lifecycle"). The timers that
/// trigger reminders and expiry are the engine's (workflows/research-release.v2.json); these are what the app
/// writes into the record when they fire.
/// </summary>
public sealed class LifecycleOptions
{
    public const string Section = "Lifecycle";

    /// <summary>Days after expiry by which the researcher must confirm destruction of the data.</summary>
    public int DestructionConfirmationDays { get; set; } = 30;

    /// <summary>Days a returned application may wait for resubmission before it lapses (named in the lapse reason).</summary>
    /// <remarks>Must agree with the "lapse" timer of the process definition (60 days in version 2).</remarks>
    public int ResubmissionLapseDays { get; set; } = 60;

    /// <summary>
    /// When the process's timers fire the end of a release (or an overdue flag) before its date, record it as of the
    /// date it stands for. Only for Development's short clock (Workflow:TimerPeriods); off in production, where a
    /// timer firing early is a fault and is refused.
    /// </summary>
    public bool TrustProcessClock { get; set; }

}
