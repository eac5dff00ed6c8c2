using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Domain.Tests.Applications;

public sealed class WithdrawalTests
{
    public static TheoryData<string> BeforeDecision => ["draft", "submitted", "returned", "awaiting-decision"];

    private static ApplicationState At(string where) =>
        where switch
        {
            "draft" => Lifecycle.Draft(),
            "submitted" => Lifecycle.Submitted(),
            "returned" => Lifecycle.Returned(),
            _ => Lifecycle.AwaitingDecision(),
        };

    [Theory]
    [MemberData(nameof(BeforeDecision))]
    public void The_researcher_can_withdraw_at_any_point_before_a_decision(string where)
    {
        var state = At(where);
        var outcome = ApplicationDecider.Withdraw(state, Lifecycle.Owner, null);
        var withdrawn = Assert.IsType<ApplicationWithdrawn>(Assert.Single(outcome.Events));
        Assert.False(withdrawn.Automatic);
        Assert.Equal(state.Round, withdrawn.Round);
        Assert.Equal(ApplicationStatus.Withdrawn, state.Apply(outcome).Status);
    }

    [Theory]
    [MemberData(nameof(BeforeDecision))]
    public void Nobody_else_can_withdraw_it(string where)
    {
        Assert.Equal(CommandFailure.NotFound, ApplicationDecider.Withdraw(At(where), Lifecycle.Other, null).Failure);
    }

    [Fact]
    public void A_decided_or_extended_release_cannot_be_withdrawn()
    {
        foreach (var state in new[] { Lifecycle.Approved(), Lifecycle.ExtensionRequested(), Lifecycle.Expired() })
            Assert.Equal(CommandFailure.Conflict, ApplicationDecider.Withdraw(state, Lifecycle.Owner, null).Failure);
    }

    [Fact]
    public void A_returned_application_lapses_automatically_once_with_the_reason()
    {
        var returned = Lifecycle.Returned();
        Assert.Equal(ApplicationStatus.ReturnedToResearcher, returned.Status);
        var lapsed = returned.Apply(LifecycleDecider.Lapse(returned, returned.Round, new DateOnly(2027, 2, 5)));
        Assert.Equal(ApplicationStatus.Withdrawn, lapsed.Status);
        Assert.True(lapsed.Withdrawal!.Automatic);
        Assert.Equal("lapsed: not resubmitted by 5 February 2027", lapsed.Withdrawal.Reason);
        Assert.Equal("Withdrawn — lapsed", StatusText.Describe(lapsed));
        Assert.Empty(LifecycleDecider.Lapse(lapsed, lapsed.Round, null).Events);
    }

    [Fact]
    public void Only_a_returned_application_in_that_round_lapses()
    {
        foreach (var state in new[] { Lifecycle.Draft(), Lifecycle.Submitted(), Lifecycle.AwaitingDecision(), Lifecycle.Approved() })
            Assert.Empty(LifecycleDecider.Lapse(state, state.Round, null).Events);
        var returned = Lifecycle.Returned();
        var resubmitted = returned.Apply(ApplicationDecider.Submit(returned, Lifecycle.Owner, Lifecycle.Today, null, Lifecycle.Attached));
        Assert.Empty(LifecycleDecider.Lapse(resubmitted, returned.Round, null).Events);
    }
}
