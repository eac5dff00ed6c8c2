using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Screening;

namespace ResearchRelease.Domain.Tests.Applications;

public sealed class ExtensionTests
{
    private static readonly DateOnly NewEnd = Lifecycle.EndDate.AddYears(1);

    [Fact]
    public void An_extension_request_starts_the_next_round_on_the_amended_application()
    {
        var approved = Lifecycle.Approved();
        var requested = Lifecycle.ExtensionRequested();
        Assert.Equal(ApplicationStatus.ExtensionRequested, requested.Status);
        Assert.Equal("Extension requested", StatusText.Tag(requested.Status));
        Assert.Equal(approved.Round + 1, requested.Round);
        Assert.Equal(approved.Reference, requested.Reference);
        Assert.True(requested.IsExtensionRound);
        Assert.Equal("2029-03-31", requested.SubmittedForm!.Settings!.RetentionEnd);
        Assert.Equal((approved.Decision!.Round, "approve"), (requested.Decision!.Round, requested.Decision.Outcome));
        Assert.Equal(Lifecycle.EndDate, requested.EndDate);
    }

    [Theory]
    [InlineData(null, "A reason", "newEndDate")]
    [InlineData("2028-03-31", "A reason", "newEndDate")]
    [InlineData("2040-01-01", "A reason", "newEndDate")]
    [InlineData("2029-03-31", " ", "justification")]
    public void The_request_needs_a_later_end_date_and_a_justification(string? end, string justification, string field)
    {
        var outcome = LifecycleDecider.RequestExtension(
            Lifecycle.Approved(),
            Lifecycle.Owner,
            end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
            justification,
            Lifecycle.Today
        );
        Assert.Equal((CommandFailure.Invalid, field), (outcome.Failure, outcome.Field));
    }

    [Fact]
    public void Only_the_owner_of_an_approved_unexpired_release_can_ask()
    {
        var approved = Lifecycle.Approved();
        Assert.Equal(
            CommandFailure.NotFound,
            LifecycleDecider.RequestExtension(approved, Lifecycle.Other, NewEnd, "x", Lifecycle.Today).Failure
        );
        Assert.Equal(
            CommandFailure.Conflict,
            LifecycleDecider.RequestExtension(approved, Lifecycle.Owner, NewEnd, "x", Lifecycle.EndDate).Failure
        );
        Assert.Equal(
            CommandFailure.Conflict,
            LifecycleDecider.RequestExtension(Lifecycle.Expired(), Lifecycle.Owner, NewEnd, "x", Lifecycle.Today).Failure
        );
        Assert.Equal(
            CommandFailure.Conflict,
            LifecycleDecider.RequestExtension(Lifecycle.ExtensionRequested(), Lifecycle.Owner, NewEnd, "x", Lifecycle.Today).Failure
        );
    }

    [Fact]
    public void An_ineligible_extension_still_goes_to_the_chief_statistician()
    {
        var requested = Lifecycle.ExtensionRequested();
        var incomplete = Lifecycle.Screen(requested) with { Overall = Outcomes.Incomplete };
        var screened = requested.Apply(ApplicationDecider.RecordScreening(requested, requested.Round, incomplete));
        Assert.Equal(ApplicationStatus.ExtensionRequested, screened.Status);
        // Even a definition that tried to send it back could not: the domain keeps that invariant.
        Assert.Equal(CommandFailure.Conflict, ApplicationDecider.Route(screened, screened.Round, toResearcher: true).Failure);
        var routed = screened.Apply(ApplicationDecider.Route(screened, screened.Round, toResearcher: false));
        Assert.Equal(ApplicationStatus.ExtensionAwaitingDecision, routed.Status);
        Assert.Empty(ApplicationDecider.Route(routed, routed.Round, toResearcher: false).Events);
    }

    [Fact]
    public void Approving_sets_the_new_end_date_and_keeps_the_original_approval()
    {
        var awaiting = Lifecycle.ExtensionAwaitingDecision();
        Assert.Equal(ApplicationStatus.ExtensionAwaitingDecision, awaiting.Status);
        var outcome = ApplicationDecider.Decide(
            awaiting,
            Lifecycle.Chief,
            new DecisionRequest("approve", "", [], null, awaiting.Version),
            Lifecycle.Today
        );
        var decided = Assert.IsType<DecisionRecorded>(Assert.Single(outcome.Events));
        Assert.Equal(NewEnd, decided.EndDate);
        Assert.Contains(decided.Conditions, c => c.Contains("31 March 2029", StringComparison.Ordinal));
        Assert.Contains("Publish the code.", decided.Conditions);
        Assert.DoesNotContain(decided.Conditions, c => c.Contains("31 March 2028", StringComparison.Ordinal));

        var extended = awaiting.Apply(outcome);
        Assert.Equal(ApplicationStatus.Approved, extended.Status);
        Assert.Equal(NewEnd, extended.EndDate);
        Assert.Equal(Lifecycle.EndDate, extended.Decision!.EndDate);
        Assert.False(extended.IsExtensionRound);
        Assert.Equal(CommandFailure.Conflict, LifecycleDecider.Expire(extended, Lifecycle.EndDate, 30).Failure);
    }

    [Fact]
    public void Refusing_keeps_the_release_running_to_its_original_end_date()
    {
        var awaiting = Lifecycle.ExtensionAwaitingDecision();
        var refused = awaiting.Apply(
            ApplicationDecider.Decide(
                awaiting,
                Lifecycle.Chief,
                new DecisionRequest("refuse", "The delay is not explained.", [], null, awaiting.Version),
                Lifecycle.Today
            )
        );
        Assert.Equal(ApplicationStatus.Approved, refused.Status);
        Assert.Equal(Lifecycle.EndDate, refused.EndDate);
        Assert.Equal("approve", refused.Decision!.Outcome);
        Assert.Equal("refuse", refused.ExtensionDecisions.Single().Outcome);
        Assert.Single(LifecycleDecider.Expire(refused, Lifecycle.EndDate, 30).Events);
    }

    [Fact]
    public void An_extension_cannot_be_returned_and_the_usual_decision_rules_apply()
    {
        var awaiting = Lifecycle.ExtensionAwaitingDecision();
        DecisionRequest Ask(string outcome, string reasons) => new(outcome, reasons, [], null, awaiting.Version);
        Assert.Equal("outcome", ApplicationDecider.Decide(awaiting, Lifecycle.Chief, Ask("return", "Change it."), Lifecycle.Today).Field);
        Assert.Equal("reasons", ApplicationDecider.Decide(awaiting, Lifecycle.Chief, Ask("refuse", ""), Lifecycle.Today).Field);
        var owner = ApplicationDecider.Decide(
            awaiting,
            Lifecycle.Owner with
            {
                Role = ActorRole.ChiefStatistician,
            },
            Ask("approve", ""),
            Lifecycle.Today
        );
        Assert.Equal(CommandFailure.Forbidden, owner.Failure);
        Assert.Equal(
            CommandFailure.Forbidden,
            ApplicationDecider.Decide(awaiting, Lifecycle.Owner, Ask("approve", ""), Lifecycle.Today).Failure
        );
    }
}
