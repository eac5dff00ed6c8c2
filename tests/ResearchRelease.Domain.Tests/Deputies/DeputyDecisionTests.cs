using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Deputies;
using ResearchRelease.Domain.Tests.Applications;
using ResearchRelease.Domain.Tests.Screening;
using static ResearchRelease.Domain.Tests.Deputies.Designations;

namespace ResearchRelease.Domain.Tests.Deputies;

/// <summary>Given an application waiting for a decision, when a deputy decides, then only a designation in force lets them.</summary>
public sealed class DeputyDecisionTests
{
    private static readonly DecisionRequest Approve = new("approve", "Sound.", [], Today.AddYears(2), 4);

    private static ApplicationState Waiting(ApplicationForm? form = null)
    {
        var f = form ?? TestForms.Eligible();
        return Folding.Fold([
            new ApplicationDrafted("RR-2027-00001", "researcher", f),
            new ApplicationSubmitted(1, Today, f),
            new ApplicationScreened(1, f.Screen("2013")),
            new SentToChiefStatistician(1, "eligible"),
        ]);
    }

    [Fact]
    public void A_deputy_under_a_designation_in_force_decides_and_the_event_names_the_designation()
    {
        var designation = After(Request())[0];
        var outcome = ApplicationDecider.Decide(Waiting(), Deputy, Approve, Today, designation);
        Assert.True(outcome.Succeeded, outcome.Message);
        var decided = outcome.Events.OfType<DecisionRecorded>().Single();
        Assert.Equal(designation.Id, decided.DeputyDesignationId);
        Assert.Equal("Dr Aisha Rahman", decided.SignatoryName);
        Assert.Equal("Deputy Director, for the Chief Statistician", decided.SignatoryTitle);
    }

    [Fact]
    public void The_chief_statisticians_own_decision_names_no_designation()
    {
        var decided = ApplicationDecider
            .Decide(Waiting(), Chief, Approve, Today, After(Request())[0])
            .Events.OfType<DecisionRecorded>()
            .Single();
        Assert.Null(decided.DeputyDesignationId);
        Assert.Equal("Chief Statistician, Department for Education", decided.SignatoryTitle);
    }

    [Fact]
    public void Without_a_designation_in_force_a_deputy_cannot_decide()
    {
        var designation = After(Request())[0];
        var revoked = After(Request(), new DeputyDesignationRevoked(designation.Id, "Back early"))[0];
        Assert.Contains(
            "not been designated",
            ApplicationDecider.Decide(Waiting(), Deputy, Approve, Today, null).Message,
            StringComparison.Ordinal
        );
        Assert.Contains("revoked", ApplicationDecider.Decide(Waiting(), Deputy, Approve, Today, revoked).Message, StringComparison.Ordinal);
        Assert.Contains(
            "ended",
            ApplicationDecider
                .Decide(Waiting(), Deputy, Approve with { EndDate = Today.AddYears(3) }, Today.AddDays(20), designation)
                .Message,
            StringComparison.Ordinal
        );
        var someoneElses = designation with { DeputySubject = "another" };
        Assert.Equal(CommandFailure.Forbidden, ApplicationDecider.Decide(Waiting(), Deputy, Approve, Today, someoneElses).Failure);
    }

    [Fact]
    public void Separation_of_duties_binds_the_deputy_too()
    {
        var form = TestForms.Eligible() with { NamedUsers = [new() { Name = "Dr Aisha Rahman", AccreditedResearcher = true }] };
        var outcome = ApplicationDecider.Decide(Waiting(form), Deputy, Approve, Today, After(Request())[0]);
        Assert.Equal(CommandFailure.Forbidden, outcome.Failure);
        Assert.Contains("named on this application", outcome.Message, StringComparison.Ordinal);
    }
}
