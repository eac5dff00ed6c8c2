using System.Globalization;
using ResearchRelease.Domain.Calendar;
using ResearchRelease.Domain.StandingShares;

namespace ResearchRelease.Web.Features.StandingShares;

/// <summary>Plain-English words for a standing share's status and codes, as staff and the public read them.</summary>
public static class ShareWords
{
    public static string Status(StandingShareState s) => s.ReviewOverdue ? "In force, review overdue" : Status(s.Status);

    public static string Status(StandingShareStatus status) =>
        status switch
        {
            StandingShareStatus.Draft => "Draft",
            StandingShareStatus.AwaitingApproval => "Awaiting approval",
            StandingShareStatus.ReturnedForChanges => "Returned for changes",
            StandingShareStatus.Refused => "Refused",
            StandingShareStatus.Approved => "In force",
            StandingShareStatus.RenewalDraft => "In force, renewal being drafted",
            StandingShareStatus.RenewalAwaitingApproval => "In force, renewal awaiting approval",
            _ => status.ToString(),
        };

    public static string Frequency(string? code) =>
        code switch
        {
            "weekly" => "Weekly",
            "monthly" => "Monthly",
            "termly" => "Each school term",
            "annually" => "Once a year",
            "on_request" => "On request, each request approved",
            null => "Not provided",
            _ => code,
        };

    public static string Date(DateOnly? date) => date is { } d ? PlainDates.Day(d) : "Not provided";

    public static string Outcome(string outcome) =>
        outcome switch
        {
            "approve" => "Approved",
            "refuse" => "Refused",
            "return" => "Returned for changes",
            _ => outcome,
        };

    public static string EventName(string type) =>
        type switch
        {
            "share_drafted" => "Drafted",
            "share_terms_updated" => "Terms changed",
            "share_submitted" => "Put to the Chief Statistician",
            "share_decided" => "Decided",
            "share_renewal_proposed" => "Renewal drafted",
            "share_review_reminder_sent" => "Review reminder",
            "share_review_overdue_flagged" => "Review overdue",
            _ => type,
        };
}
