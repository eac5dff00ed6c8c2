using System.Globalization;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Calendar;
using ResearchRelease.Domain.Screening;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Features.Screening;
using static ResearchRelease.Web.Notifications.Audiences;
using static ResearchRelease.Web.Notifications.NotificationIntent;
using T = ResearchRelease.Web.Notifications.NotificationTemplates;

namespace ResearchRelease.Web.Notifications;

/// <summary>
/// Which emails each event calls for: a pure function of the event and the state around it, so the same event
/// always owes the same emails. Events are matched by their stored type name, which is how the lifecycle events of
/// the contract (issue 6) are read even where this code has no type for them; their optional fields are read from
/// the payload and fall back to what the state knows.
/// </summary>
public static class NotificationRules
{
    public static IReadOnlyList<NotificationIntent> For(NotificationSource s) =>
        s.Type switch
        {
            "submitted" => [To(Researcher, T.ApplicationSubmitted, ("submission", s.After.Round > 1 ? "resubmitted" : "submitted"))],
            "sent_to_chief_statistician" => [To(ChiefStatistician, T.NewInQueue, ("recommendation", Recommendation(s)))],
            "returned_to_researcher" => [To(Researcher, T.ReturnedToResearcher, ("reasons", Bullets(s.After.ReturnReasons)))],
            // Approval and refusal are told with their letter (letter_issued); only a return has nothing to wait for.
            "decided" when s.Event is DecisionRecorded { Outcome: DecisionOutcomes.Return } d =>
            [
                To(Researcher, T.ReturnedForChanges, ("reasons", Bullets([d.Reasons]))),
            ],
            "letter_issued" =>
            [
                To(
                    Researcher,
                    s.Field("kind") switch
                    {
                        "approval" => T.ApplicationApproved,
                        "refusal" => T.ApplicationRefused,
                        ExtensionLetterKinds.Approval => T.ExtensionApproved,
                        ExtensionLetterKinds.Refusal => T.ExtensionRefused,
                        _ => T.LetterIssued,
                    }
                ),
            ],
            "withdrawn" => Withdrawn(s),
            "decision_reminder_sent" => [To(ChiefStatistician, T.DecisionReminder)],
            "decision_escalated" => [To(ChiefStatistician, T.DecisionEscalated), To(Escalation, T.DecisionEscalated)],
            "resubmission_reminder_sent" =>
            [
                To(Researcher, T.ResubmissionReminder, ("lapses_on", Date(s.Field("lapsesOn", "lapseOn", "deadline", "dueBy")))),
            ],
            "release_ending_reminder_sent" => [To(Researcher, T.ReleaseEnding)],
            "release_expired" => [To(Researcher, T.ReleaseExpired, ("destruction_due", DestructionDue(s)))],
            "destruction_confirmed" => [To(Researcher, T.DestructionConfirmed)],
            "destruction_overdue_flagged" => [To(Audiences.Compliance, T.DestructionOverdue, ("destruction_due", DestructionDue(s)))],
            "extension_requested" =>
            [
                To(ChiefStatistician, T.ExtensionRequested, ("new_end_date", Date(s.Field("newEndDate", "endDate", "requestedEndDate")))),
            ],
            _ => [],
        };

    private static NotificationIntent[] Withdrawn(NotificationSource s)
    {
        var reason = s.Field("reason") ?? "";
        if (s.Flag("automatic"))
            return [To(Researcher, T.ApplicationLapsed, ("reason", reason))];
        var researcher = To(Researcher, T.ApplicationWithdrawn, ("reason", reason.Length == 0 ? "none" : reason));
        // The Chief Statistician only hears of it if it was already in the queue.
        return s.Before.Status == ApplicationStatus.AwaitingDecision
            ? [researcher, To(ChiefStatistician, T.WithdrawnFromQueue)]
            : [researcher];
    }

    private static string Recommendation(NotificationSource s) =>
        (s.Field("recommendation") ?? s.After.Screening?.Overall) switch
        {
            Outcomes.Eligible => "eligible",
            Outcomes.NeedsJudgement => "needs your judgement",
            Outcomes.Ineligible => "ineligible",
            { } other => other.Replace('_', ' '),
            null => "no recommendation",
        };

    private static string DestructionDue(NotificationSource s) => Date(s.Field("destructionDueBy", "destructionDue", "dueBy", "confirmBy"));

    private static string Bullets(IEnumerable<string> reasons)
    {
        var lines = reasons.Select(CheckAdvice.Plain).Where(r => r.Length > 0).Select(r => "* " + r.ReplaceLineEndings(" ")).ToList();
        return lines.Count == 0 ? "* no reason was recorded" : string.Join("\n", lines);
    }

    /// <summary>A payload date (yyyy-MM-dd or a timestamp) as "1 December 2026"; "not given" when absent.</summary>
    public static string Date(string? value) =>
        value is null ? "not given"
        : DateOnly.TryParse(value, CultureInfo.InvariantCulture, out var d) ? PlainDates.Day(d)
        : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? PlainDates.Day(t)
        : value;
}
