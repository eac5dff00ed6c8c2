using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Notifications;

namespace ResearchRelease.Web.Tests.Notifications;

/// <summary>
/// Every email that tells a researcher of a decision names who decided through ((decided_by)): a deputy's decision
/// reads as theirs, "for the Chief Statistician", in the application's round and in an extension's.
/// </summary>
public sealed class DecisionEmailTests
{
    private static readonly Guid Id = Guid.Parse("0d6a3c2e-7f41-4b8e-9c0a-5e2f1d3b4a69");

    private static DecisionRecorded Decided(int round, string outcome, bool deputy) =>
        new(
            round,
            outcome,
            "Reasons.",
            [],
            new DateOnly(2030, 3, 31),
            [],
            deputy ? "Dr Aisha Rahman" : "Helen Marsh",
            deputy ? "Deputy Director" : "Chief Statistician"
        )
        {
            DeputyDesignationId = deputy ? Guid.NewGuid() : null,
        };

    private static ApplicationState State(DecisionRecorded decision, DecisionRecorded? extension = null) =>
        ApplicationState.Empty with
        {
            Reference = "RR-2026-TEST02",
            OwnerSubject = "researcher",
            Status = ApplicationStatus.Approved,
            Round = extension?.Round ?? decision.Round,
            Version = 12,
            EndDate = new DateOnly(2030, 3, 31),
            Form = new ApplicationForm
            {
                Applicant = new Applicant { Name = "Dr Priya Shah", Email = "p.shah@example.ac.uk" },
                Project = new ProjectDetails { Title = "Attainment gaps at key stage 4" },
            },
            Decision = decision,
            ExtensionDecisions = extension is null ? [] : [extension],
        };

    private sealed record ContractEvent(string Name) : ApplicationEvent
    {
        public override string Type => Name;
    }

    public static TheoryData<string, string, int, string> DecisionCases =>
        new()
        {
            { "decided", "return", 1, NotificationTemplates.ReturnedForChanges },
            { "letter_issued", "approval", 1, NotificationTemplates.ApplicationApproved },
            { "letter_issued", "refusal", 1, NotificationTemplates.ApplicationRefused },
            { "letter_issued", "extension", 2, NotificationTemplates.ExtensionApproved },
            { "letter_issued", "extension-refuse", 2, NotificationTemplates.ExtensionRefused },
        };

    [Fact]
    public void Every_decision_template_carries_decided_by()
    {
        Assert.All(NotificationTemplates.Decisions, name =>
            Assert.Contains("((decided_by))", NotificationTemplates.All[name].Body, StringComparison.Ordinal)
        );
        // And no other template speaks of a decision without saying who made it.
        foreach (var (name, template) in NotificationTemplates.All.Where(t => !NotificationTemplates.Decisions.Contains(t.Key)))
        {
            foreach (var word in new[] { "approved", "refused", "has extended", "asks for these changes" })
                Assert.DoesNotContain(word, template.Body.Replace("was approved", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(DecisionCases))]
    public void A_deputy_s_decision_is_worded_as_theirs_for_the_chief_statistician(string type, string what, int round, string template)
    {
        foreach (var deputy in new[] { true, false })
        {
            DecisionRecorded decision,
                inRound;
            ApplicationState state;
            if (round == 1)
            {
                inRound = decision = Decided(
                    1,
                    what == "refusal" ? DecisionOutcomes.Refuse
                        : what == "return" ? DecisionOutcomes.Return
                        : DecisionOutcomes.Approve,
                    deputy
                );
                state = State(decision);
            }
            else
            {
                decision = Decided(1, DecisionOutcomes.Approve, deputy: false);
                inRound = Decided(2, what == "extension" ? DecisionOutcomes.Approve : DecisionOutcomes.Refuse, deputy);
                state = State(decision, inRound);
            }
            ApplicationEvent e = type == "decided" ? inRound : new ContractEvent("letter_issued");
            var payload = type == "decided" ? "{}" : $$"""{"kind":"{{what}}"}""";
            var email = Assert.Single(Plan(e, payload, state), n => n.Template == template);
            var who = deputy ? "Dr Aisha Rahman, for the Chief Statistician, has" : "The Chief Statistician has";
            Assert.StartsWith(who, email.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("((", email.Subject + email.Body, StringComparison.Ordinal);
            if (round == 2)
                Assert.Contains("31 March 2030", email.Body, StringComparison.Ordinal);
        }
    }

    private static List<ResearchRelease.Web.Data.QueuedNotification> Plan(ApplicationEvent e, string payload, ApplicationState state)
    {
        var options = new NotificationOptions { PublicBaseUrl = "https://rr.example/" };
        using var doorbell = new NotificationDoorbell();
        using var doc = JsonDocument.Parse(payload);
        return new NotificationPlanner(Options.Create(options), doorbell, NullLogger<NotificationPlanner>.Instance)
            .Plan(new NotificationSource(Id, 13, e, doc.RootElement, state, state), DateTime.UtcNow)
            .ToList();
    }
}
