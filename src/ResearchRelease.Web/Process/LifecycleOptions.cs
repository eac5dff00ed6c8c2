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
    public int ResubmissionLapseDays { get; set; } = 28;

}
