using System.Globalization;
using ResearchRelease.Domain.Calendar;

namespace ResearchRelease.Domain.Applications;

/// <summary>Plain-English names for statuses, as researchers and staff read them.</summary>
public static class StatusText
{
    public static string For(ApplicationStatus status) =>
        status switch
        {
            ApplicationStatus.Draft => "a draft",
            ApplicationStatus.Submitted => "being screened",
            ApplicationStatus.ReturnedToResearcher => "returned to the researcher",
            ApplicationStatus.AwaitingDecision => "with the Chief Statistician",
            ApplicationStatus.Approved => "approved",
            ApplicationStatus.Refused => "refused",
            ApplicationStatus.ReturnedForChanges => "returned for changes",
            ApplicationStatus.Withdrawn => "withdrawn",
            ApplicationStatus.ExtensionRequested => "an extension being screened",
            ApplicationStatus.ExtensionAwaitingDecision => "an extension with the Chief Statistician",
            ApplicationStatus.Expired => "expired",
            ApplicationStatus.Closed => "closed",
            _ => status.ToString(),
        };

    public static string Tag(ApplicationStatus status) =>
        status switch
        {
            ApplicationStatus.Draft => "Draft",
            ApplicationStatus.Submitted => "Screening",
            ApplicationStatus.ReturnedToResearcher => "Returned",
            ApplicationStatus.AwaitingDecision => "Awaiting decision",
            ApplicationStatus.Approved => "Approved",
            ApplicationStatus.Refused => "Refused",
            ApplicationStatus.ReturnedForChanges => "Returned for changes",
            ApplicationStatus.Withdrawn => "Withdrawn",
            ApplicationStatus.ExtensionRequested => "Extension requested",
            ApplicationStatus.ExtensionAwaitingDecision => "Extension awaiting decision",
            ApplicationStatus.Expired => "Expired",
            ApplicationStatus.Closed => "Closed",
            _ => status.ToString(),
        };

    /// <summary>The status with the date that matters for it, e.g. "Expired — destruction confirmation due by 30 April 2029".</summary>
    public static string Describe(ApplicationState state) =>
        state.Status switch
        {
            ApplicationStatus.Approved when state.EndDate is { } end => $"Approved — release ends {PlainDates.Day(end)}",
            ApplicationStatus.ExtensionRequested or ApplicationStatus.ExtensionAwaitingDecision when state.PendingExtension is { } x =>
                $"Extension requested — to {PlainDates.Day(x.NewEndDate)} (release now ends {PlainDates.Day(x.CurrentEndDate)})",
            ApplicationStatus.Expired when state.Expiry is { } e =>
                $"Expired — destruction confirmation due by {PlainDates.Day(e.DestructionDueBy)}",
            ApplicationStatus.Closed when state.Destruction is { } d => $"Closed — data destroyed on {PlainDates.Day(d.DestroyedOn)}",
            ApplicationStatus.Withdrawn when state.Withdrawal is { Automatic: true } => "Withdrawn — lapsed",
            _ => Tag(state.Status),
        };
}
