using ResearchRelease.Workflow;

namespace ResearchRelease.Web.Process;

/// <summary>The journal's kinds and the engine's statuses in words for the pages.</summary>
public static class JournalWords
{
    public static string For(string kind) =>
        kind switch
        {
            JournalKinds.NodeEntered => "Step entered",
            JournalKinds.NodeLeft => "Step left",
            JournalKinds.Waiting => "Waiting",
            JournalKinds.SignalReceived => "Signal received",
            JournalKinds.TimerFired => "Timer fired",
            JournalKinds.ActivityFailed => "Failed",
            JournalKinds.Suspended => "Suspended",
            JournalKinds.Ended => "Finished",
            JournalKinds.OperatorSuspended => "Suspended by an administrator",
            JournalKinds.OperatorResumed => "Resumed by an administrator",
            JournalKinds.OperatorRetried => "Retried by an administrator",
            _ => kind,
        };

    /// <summary>
    /// A step of the process definition as words: its id is already written as lower-case words joined by hyphens
    /// ("route-to-chief-statistician" reads "Route to chief statistician").
    /// </summary>
    public static string Step(string? node) =>
        string.IsNullOrEmpty(node) ? "" : char.ToUpperInvariant(node[0]) + node[1..].Replace('-', ' ');

    /// <summary>A GOV.UK tag colour for entries that need attention.</summary>
    public static string? TagClass(string kind) =>
        kind switch
        {
            JournalKinds.ActivityFailed or JournalKinds.Suspended => "govuk-tag--red",
            JournalKinds.OperatorSuspended or JournalKinds.OperatorResumed or JournalKinds.OperatorRetried => "govuk-tag--purple",
            _ => null,
        };

    public static string Status(string status) =>
        status switch
        {
            ProcessStatus.Suspended => "Suspended",
            ProcessStatus.Waiting => "Waiting",
            ProcessStatus.Running => "Running (retrying)",
            _ => status,
        };
}
