using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Deputies;
using static ResearchRelease.Domain.Tests.Deputies.Designations;

namespace ResearchRelease.Domain.Tests.Deputies;

public sealed class DesignationRulesTests
{
    [Fact]
    public void The_chief_statistician_designates_a_named_deputy_for_a_period_with_a_reason()
    {
        var designation = Assert.Single(After(Request()));
        Assert.Equal("deputy", designation.DeputySubject);
        Assert.Equal(Chief.Name, designation.DesignatedByName);
        Assert.Equal(DesignationStatus.Active, designation.StatusOn(Today));
        Assert.Equal(DesignationStatus.Active, designation.StatusOn(Today.AddDays(13)));
        Assert.Equal(DesignationStatus.Ended, designation.StatusOn(Today.AddDays(14)));
        Assert.Equal(DesignationStatus.Upcoming, designation.StatusOn(Today.AddDays(-1)));
        Assert.Equal("Deputy Director, for the Chief Statistician", designation.SignatoryTitle);
    }

    [Theory]
    [InlineData(ActorRole.DeputyChiefStatistician)]
    [InlineData(ActorRole.ComplianceOfficer)]
    [InlineData(ActorRole.Researcher)]
    public void Nobody_else_designates_or_revokes(ActorRole role)
    {
        var other = new Actor("someone", "Someone", null, role);
        Assert.Equal(CommandFailure.Forbidden, DesignationRules.Designate([], other, Request(), Guid.NewGuid(), Today).Failure);
        var log = After(Request());
        Assert.Equal(CommandFailure.Forbidden, DesignationRules.Revoke(log, other, log[0].Id, "No longer needed", Today).Failure);
    }

    [Theory]
    [InlineData("", "Dr Aisha Rahman", "Deputy Director", "leave", "deputySubject")]
    [InlineData("chief", "Dr Aisha Rahman", "Deputy Director", "leave", "deputySubject")]
    [InlineData("deputy", " ", "Deputy Director", "leave", "deputyName")]
    [InlineData("deputy", "Dr Aisha Rahman", "", "leave", "deputyTitle")]
    [InlineData("deputy", "Dr Aisha Rahman", "Deputy Director", "  ", "reason")]
    public void Each_missing_or_wrong_answer_names_its_field(string subject, string name, string title, string reason, string field)
    {
        var outcome = DesignationRules.Designate(
            [],
            Chief,
            new DesignationRequest(subject, name, null, title, Today, Today.AddDays(5), reason),
            Guid.NewGuid(),
            Today
        );
        Assert.Equal(CommandFailure.Invalid, outcome.Failure);
        Assert.Equal(field, outcome.Field);
    }

    [Theory]
    [InlineData(-1, 5, "from")]
    [InlineData(3, 2, "until")]
    [InlineData(0, 366, "until")]
    public void The_period_starts_today_or_later_ends_after_it_starts_and_lasts_at_most_a_year(
        int fromOffset,
        int untilOffset,
        string field
    )
    {
        var outcome = DesignationRules.Designate(
            [],
            Chief,
            Request(Today.AddDays(fromOffset), Today.AddDays(untilOffset)),
            Guid.NewGuid(),
            Today
        );
        Assert.Equal(field, outcome.Field);
        Assert.True(DesignationRules.Designate([], Chief, Request(Today, Today.AddDays(365)), Guid.NewGuid(), Today).Succeeded);
    }

    [Fact]
    public void There_is_one_deputy_at_a_time_until_the_designation_is_revoked()
    {
        var log = After(Request());
        var overlapping = DesignationRules.Designate(
            log,
            Chief,
            Request(Today.AddDays(10), Today.AddDays(20), subject: "another"),
            Guid.NewGuid(),
            Today
        );
        Assert.Equal(CommandFailure.Conflict, overlapping.Failure);
        Assert.True(
            DesignationRules
                .Designate(log, Chief, Request(Today.AddDays(14), Today.AddDays(20), subject: "another"), Guid.NewGuid(), Today)
                .Succeeded
        );

        var revoked = After(Request(), new DeputyDesignationRevoked(log[0].Id, "Back from leave early"));
        Assert.True(
            DesignationRules
                .Designate(revoked, Chief, Request(Today.AddDays(10), Today.AddDays(20), subject: "another"), Guid.NewGuid(), Today)
                .Succeeded
        );
    }

    [Fact]
    public void A_revocation_needs_a_reason_and_happens_once()
    {
        var log = After(Request());
        Assert.Equal("reason", DesignationRules.Revoke(log, Chief, log[0].Id, " ", Today).Field);
        Assert.Equal(CommandFailure.NotFound, DesignationRules.Revoke(log, Chief, Guid.NewGuid(), "x", Today).Failure);
        var revoke = DesignationRules.Revoke(log, Chief, log[0].Id, "Back from leave early", Today);
        Assert.True(revoke.Succeeded);

        var after = After(Request(), revoke.Event!);
        Assert.Equal(DesignationStatus.Revoked, after[0].StatusOn(Today));
        Assert.Equal("Back from leave early", after[0].RevocationReason);
        Assert.Equal(CommandFailure.Conflict, DesignationRules.Revoke(after, Chief, log[0].Id, "again", Today).Failure);
        Assert.Equal(CommandFailure.Conflict, DesignationRules.Revoke(log, Chief, log[0].Id, "too late", Today.AddDays(14)).Failure);
    }

    [Fact]
    public void The_active_designation_is_found_by_subject_and_day()
    {
        var log = After(Request(Today.AddDays(2), Today.AddDays(4)));
        Assert.Null(DesignationLog.ActiveFor(log, "deputy", Today));
        Assert.Equal(log[0], DesignationLog.ActiveFor(log, "deputy", Today.AddDays(3)));
        Assert.Null(DesignationLog.ActiveFor(log, "someone-else", Today.AddDays(3)));
        Assert.Equal(log[0], DesignationLog.LatestFor(log, "deputy", Today.AddDays(30)));
    }
}
