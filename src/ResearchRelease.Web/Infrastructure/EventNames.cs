namespace ResearchRelease.Web.Infrastructure;

/// <summary>
/// What each recorded event means, in words, for the timeline on the decision record. The event's own name stays in
/// the downloadable record and bundle, which machines read.
/// </summary>
internal static class EventNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["drafted"] = "Draft started",
        ["draft_updated"] = "Draft changed",
        ["submitted"] = "Submitted",
        ["screened"] = "Screened against the regulation test",
        ["returned_to_researcher"] = "Returned to the researcher",
        ["sent_to_chief_statistician"] = "Sent to the Chief Statistician",
        ["decided"] = "Decision recorded",
        ["letter_issued"] = "Letter issued",
        ["letter_corrected"] = "Corrected letter issued",
        ["withdrawn"] = "Withdrawn",
        ["decision_reminder_sent"] = "Decision reminder sent",
        ["decision_escalated"] = "Decision escalated",
        ["resubmission_reminder_sent"] = "Resubmission reminder sent",
        ["release_ending_reminder_sent"] = "Release ending reminder sent",
        ["release_expired"] = "Release expired",
        ["destruction_confirmed"] = "Data destruction confirmed",
        ["destruction_overdue_flagged"] = "Destruction confirmation overdue",
        ["extension_requested"] = "Extension requested",
    };

    public static string For(string type) => Names.TryGetValue(type, out var name) ? name : DisplayNames.Humanise(type);
}
