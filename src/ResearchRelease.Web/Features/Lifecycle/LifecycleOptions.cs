using System.ComponentModel.DataAnnotations;

namespace ResearchRelease.Web.Features.Lifecycle;

/// <summary>
/// Periods of the release lifecycle that are the app's own facts (configuration section "Lifecycle"). Every deadline
/// the process keeps (reminders, lapse, expiry, the overdue flag) is the workflow definition's, read from the engine.
/// </summary>
public sealed class LifecycleOptions
{
    public const string Section = "Lifecycle";

    /// <summary>Days after expiry by which the researcher must confirm destruction of the data.</summary>
    [Range(1, 365)]
    public int DestructionConfirmationDays { get; set; } = 30;
}
