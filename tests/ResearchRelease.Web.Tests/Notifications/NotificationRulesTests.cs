using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Notifications;

namespace ResearchRelease.Web.Tests.Notifications;

/// <summary>
/// The mapping from events to emails, including the lifecycle events of the issue 6 contract, which are read by
/// their stored type name and payload (this code has no types for them): who hears of what, and that every
/// placeholder of every template it picks is filled.
/// </summary>
public sealed class NotificationRulesTests
{
    private static readonly Guid Id = Guid.Parse("6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e");

    private static readonly ApplicationState Approved = ApplicationState.Empty with
    {
        Reference = "RR-2026-TEST01",
        OwnerSubject = "researcher",
        Status = ApplicationStatus.Approved,
        Round = 1,
        Version = 8,
        Form = new ApplicationForm
        {
            Applicant = new Applicant { Name = "Dr Priya Shah", Email = "p.shah@example.ac.uk" },
            Organisation = new Organisation { Name = "University of Leeds" },
            Project = new ProjectDetails { Title = "Attainment gaps at key stage 4" },
        },
        Decision = new DecisionRecorded(
            1,
            DecisionOutcomes.Approve,
            "Sound.",
            [],
            new DateOnly(2029, 3, 31),
            [],
            "Helen Marsh",
            "Chief Statistician"
        ),
    };

    /// <summary>An event known to this code only by its contract name, as the lifecycle events are until they land.</summary>
    private sealed record ContractEvent(string Name) : ApplicationEvent
    {
        public override string Type => Name;
    }

    public static TheoryData<string, string, string> LifecycleCases =>
        new()
        {
            { "decision_reminder_sent", "{}", "decision_reminder>chief_statistician" },
            { "decision_escalated", "{}", "decision_escalated>chief_statistician decision_escalated>escalation" },
            { "resubmission_reminder_sent", """{"lapsesOn":"2027-01-15"}""", "resubmission_reminder>researcher" },
            { "release_ending_reminder_sent", "{}", "release_ending>researcher" },
            { "release_expired", """{"destructionDueBy":"2029-04-30"}""", "release_expired>researcher" },
            { "destruction_confirmed", "{}", "destruction_confirmed>researcher" },
            { "destruction_overdue_flagged", "{}", "destruction_overdue>compliance" },
            {
                "extension_requested",
                """{"newEndDate":"2030-03-31","justification":"More cohorts."}""",
                "extension_requested>chief_statistician"
            },
            {
                "withdrawn",
                """{"reason":"Lapsed: not resubmitted within 30 working days.","automatic":true}""",
                "application_lapsed>researcher"
            },
            { "withdrawn", """{"reason":"Funding ended."}""", "application_withdrawn>researcher" },
            { "screened", "{}", "" },
            { "draft_updated", "{}", "" },
        };

    [Theory]
    [MemberData(nameof(LifecycleCases))]
    public void Each_event_tells_exactly_who_it_concerns(string type, string payload, string expected)
    {
        var owed = Plan(type, payload);
        Assert.Equal(expected, string.Join(" ", owed.Select(n => $"{n.Template}>{n.Audience}")));
        Assert.All(owed, n =>
        {
            Assert.DoesNotContain("((", n.Subject + n.Body, StringComparison.Ordinal);
            Assert.Equal(
                NotificationTemplates.All[n.Template].Placeholders.Order(StringComparer.Ordinal),
                JsonSerializer.Deserialize<Dictionary<string, string>>(n.Personalisation)!.Keys.Order(StringComparer.Ordinal)
            );
            Assert.Equal($"{Id:N}/9/{n.Template}/{n.Audience}", n.IdempotencyKey);
        });
    }

    [Fact]
    public void Payload_dates_are_written_out_and_the_release_end_comes_from_the_decision()
    {
        var expired = Assert.Single(Plan("release_expired", """{"destructionDueBy":"2029-04-30"}"""));
        Assert.Contains("ended on 31 March 2029", expired.Body, StringComparison.Ordinal);
        Assert.Contains("by 30 April 2029", expired.Body, StringComparison.Ordinal);
        Assert.Equal("p.shah@example.ac.uk", expired.Recipient);
        var extension = Assert.Single(Plan("extension_requested", """{"newEndDate":"2030-03-31"}"""));
        Assert.Contains("to 31 March 2030", extension.Body, StringComparison.Ordinal);
        Assert.Equal("cs@education.example", extension.Recipient);
        var overdue = Assert.Single(Plan("destruction_overdue_flagged", "{}"));
        Assert.Contains("It was due by not given.", overdue.Body, StringComparison.Ordinal);
        Assert.Contains("https://rr.example/compliance/records/RR-2026-TEST01", overdue.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void No_address_means_no_row_rather_than_an_email_to_nobody()
    {
        var options = new NotificationOptions { PublicBaseUrl = "https://rr.example" };
        var planner = new NotificationPlanner(
            Options.Create(options),
            new NotificationDoorbell(),
            NullLogger<NotificationPlanner>.Instance
        );
        using var doc = JsonDocument.Parse("{}");
        Assert.Empty(
            planner.Plan(
                new NotificationSource(Id, 9, new ContractEvent("decision_escalated"), doc.RootElement, Approved, Approved),
                DateTime.UtcNow
            )
        );
    }

    private static List<ResearchRelease.Web.Data.QueuedNotification> Plan(string type, string payload)
    {
        var options = new NotificationOptions
        {
            PublicBaseUrl = "https://rr.example/",
            Mailboxes = new MailboxOptions
            {
                ChiefStatistician = "cs@education.example",
                Escalation = "esc@education.example",
                Compliance = "comp@education.example",
            },
        };
        using var planner = new NotificationDoorbell();
        var before = type == "withdrawn" ? Approved with { Status = ApplicationStatus.ReturnedToResearcher } : Approved;
        using var doc = JsonDocument.Parse(payload);
        return new NotificationPlanner(Options.Create(options), planner, NullLogger<NotificationPlanner>.Instance)
            .Plan(new NotificationSource(Id, 9, new ContractEvent(type), doc.RootElement, before, Approved), DateTime.UtcNow)
            .ToList();
    }
}
