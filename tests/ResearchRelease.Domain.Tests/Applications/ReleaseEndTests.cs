using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Domain.Tests.Applications;

public sealed class ReleaseEndTests
{
    [Fact]
    public void The_approval_sets_the_end_date_and_the_release_expires_on_it()
    {
        var approved = Lifecycle.Approved();
        Assert.Equal(Lifecycle.EndDate, approved.EndDate);
        Assert.Equal("Approved — release ends 31 March 2028", StatusText.Describe(approved));
        Assert.Equal(CommandFailure.Conflict, LifecycleDecider.Expire(approved, Lifecycle.EndDate.AddDays(-1), 30).Failure);

        var expired = approved.Apply(LifecycleDecider.Expire(approved, Lifecycle.EndDate, 30));
        Assert.Equal(ApplicationStatus.Expired, expired.Status);
        Assert.Equal(new DateOnly(2028, 4, 30), expired.Expiry!.DestructionDueBy);
        Assert.Equal("Expired — destruction confirmation due by 30 April 2028", StatusText.Describe(expired));
        Assert.Empty(LifecycleDecider.Expire(expired, Lifecycle.EndDate, 30).Events);
    }

    [Fact]
    public void A_late_expiry_gives_the_full_period_from_the_day_it_ran()
    {
        var approved = Lifecycle.Approved();
        var expired = approved.Apply(LifecycleDecider.Expire(approved, Lifecycle.EndDate.AddDays(10), 14));
        Assert.Equal(Lifecycle.EndDate.AddDays(24), expired.Expiry!.DestructionDueBy);
    }

    [Fact]
    public void Confirming_destruction_records_the_declaration_and_closes_the_release()
    {
        var expired = Lifecycle.Expired();
        var outcome = LifecycleDecider.ConfirmDestruction(
            expired,
            Lifecycle.Owner,
            " Secure erase of the TRE project space. ",
            Lifecycle.EndDate,
            true,
            Lifecycle.EndDate.AddDays(2)
        );
        var confirmed = Assert.IsType<DestructionConfirmed>(Assert.Single(outcome.Events));
        Assert.Equal("Secure erase of the TRE project space.", confirmed.Method);
        Assert.Equal(DestructionDeclaration.Text, confirmed.Declaration);
        Assert.Equal((Lifecycle.Owner.Subject, Lifecycle.Owner.Name), (confirmed.ConfirmedBySubject, confirmed.ConfirmedByName));
        var closed = expired.Apply(outcome);
        Assert.Equal(ApplicationStatus.Closed, closed.Status);
        Assert.Equal("Closed — data destroyed on 31 March 2028", StatusText.Describe(closed));
        Assert.Empty(LifecycleDecider.FlagDestructionOverdue(closed, Lifecycle.EndDate.AddYears(1)).Events);
    }

    [Theory]
    [InlineData("", "2028-03-31", true, "method")]
    [InlineData("Shredded", null, true, "destroyedOn")]
    [InlineData("Shredded", "2028-05-01", true, "destroyedOn")]
    [InlineData("Shredded", "2020-01-01", true, "destroyedOn")]
    [InlineData("Shredded", "2028-03-31", false, "declaration")]
    public void The_declaration_needs_a_method_a_past_date_and_the_box_ticked(string method, string? on, bool declared, string field)
    {
        var outcome = LifecycleDecider.ConfirmDestruction(
            Lifecycle.Expired(),
            Lifecycle.Owner,
            method,
            on is null ? null : DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture),
            declared,
            new DateOnly(2028, 4, 2)
        );
        Assert.Equal((CommandFailure.Invalid, field), (outcome.Failure, outcome.Field));
    }

    [Fact]
    public void Only_the_owner_confirms_and_only_once_the_release_has_expired()
    {
        Assert.Equal(
            CommandFailure.NotFound,
            LifecycleDecider
                .ConfirmDestruction(Lifecycle.Expired(), Lifecycle.Other, "x", Lifecycle.EndDate, true, Lifecycle.EndDate)
                .Failure
        );
        Assert.Equal(
            CommandFailure.Forbidden,
            LifecycleDecider
                .ConfirmDestruction(Lifecycle.Expired(), Lifecycle.Chief, "x", Lifecycle.EndDate, true, Lifecycle.EndDate)
                .Failure
        );
        Assert.Equal(
            CommandFailure.Conflict,
            LifecycleDecider.ConfirmDestruction(Lifecycle.Approved(), Lifecycle.Owner, "x", Lifecycle.Today, true, Lifecycle.Today).Failure
        );
    }

    [Fact]
    public void An_overdue_confirmation_is_flagged_once_and_not_before_it_is_due()
    {
        var expired = Lifecycle.Expired();
        var due = expired.Expiry!.DestructionDueBy;
        Assert.Equal(CommandFailure.Conflict, LifecycleDecider.FlagDestructionOverdue(expired, due).Failure);
        var flagged = expired.Apply(LifecycleDecider.FlagDestructionOverdue(expired, due.AddDays(1)));
        Assert.Equal(due, flagged.OverdueFlag!.DueBy);
        Assert.Equal(ApplicationStatus.Expired, flagged.Status);
        Assert.Empty(LifecycleDecider.FlagDestructionOverdue(flagged, due.AddDays(2)).Events);
        // A late confirmation still closes it; the flag stays on the record.
        var closed = flagged.Apply(LifecycleDecider.ConfirmDestruction(flagged, Lifecycle.Owner, "Shredded", due, true, due.AddDays(3)));
        Assert.Equal(ApplicationStatus.Closed, closed.Status);
        Assert.NotNull(closed.OverdueFlag);
    }
}
