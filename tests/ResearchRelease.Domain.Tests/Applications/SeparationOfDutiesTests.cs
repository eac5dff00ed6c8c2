using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Domain.Tests.Applications;

/// <summary>
/// Separation of duties by identity, not spelling: every way an outside tester wrote "Helen Marsh" to get past the old
/// trimmed, case-folded comparison is a match now, and a near match stops the decision with a message saying why.
/// </summary>
public sealed class SeparationOfDutiesTests
{
    private static readonly Actor Chief = new("cs-helen", "Helen Marsh", "helen.marsh@education.gov.uk", ActorRole.ChiefStatistician);

    [Theory]
    [InlineData("Helen\u00a0Marsh")]
    [InlineData("Helen  Marsh")]
    [InlineData("Hel\u200ben Marsh")]
    [InlineData("Helen Mar\u00adsh")]
    [InlineData("\u0397elen Marsh")] // Greek capital eta
    [InlineData("Helen M\u0430rsh")] // Cyrillic small a
    [InlineData("\uff28elen \uff2darsh")] // full-width H and M
    [InlineData("Dr Helen Marsh")]
    [InlineData("Prof. Helen Marsh")]
    [InlineData("Dame Helen Marsh, PhD")]
    [InlineData("Marsh, Helen")]
    [InlineData("Marsh Helen")]
    [InlineData("H. Marsh")]
    [InlineData("HÉLEN MÄRSH")]
    [InlineData(" helen marsh ")]
    public void A_name_that_is_the_deciders_in_disguise_stops_the_decision(string written)
    {
        var outcome = SeparationOfDuties.Check(Named(new NamedUser { Name = written }), Chief);
        Assert.NotNull(outcome);
        Assert.Equal(CommandFailure.Forbidden, outcome.Failure);
        Assert.Contains("Ask a designated deputy", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_near_match_says_which_name_and_why()
    {
        var reason = SeparationOfDuties.Conflict(Named(new NamedUser { Name = "Marsh, \u0397elen" }), Chief);
        Assert.Equal(
            "This application names \"Marsh, \u0397elen\", which may be you (Helen Marsh): the names match once spacing, titles, "
                + "look-alike letters and order are set aside. You cannot decide an application you may be named on. Ask a designated deputy.",
            reason
        );
    }

    [Theory]
    [InlineData("helen.marsh@education.gov.uk")]
    [InlineData(" Helen.Marsh@Education.gov.uk ")]
    [InlineData("helen.marsh@educati\u200bon.gov.uk")]
    public void A_named_users_email_identifies_the_decider_whatever_name_is_given(string email)
    {
        var state = Named(
            new NamedUser
            {
                Name = "H. M. Smith",
                Email = email,
                Organisation = "Department for Education",
            }
        );
        Assert.Equal(SeparationOfDuties.NamedMessage, SeparationOfDuties.Conflict(state, Chief));
    }

    [Theory]
    [InlineData("Helen Marshall")]
    [InlineData("Ellen Marsh")]
    [InlineData("Harry Marsh")]
    [InlineData("Marsh")]
    [InlineData("Helena Marsh-Smith")]
    public void A_different_person_is_not_stopped(string written)
    {
        Assert.Null(SeparationOfDuties.Conflict(Named(new NamedUser { Name = written, Email = "someone@uni.example.ac.uk" }), Chief));
    }

    [Fact]
    public void The_owning_account_is_matched_by_subject_whatever_its_name()
    {
        var state = Named(new NamedUser { Name = "Someone Else" }) with { OwnerSubject = Chief.Subject };
        Assert.Equal(SeparationOfDuties.NamedMessage, SeparationOfDuties.Conflict(state, Chief));
    }

    [Fact]
    public void A_named_user_stored_before_emails_were_asked_for_is_still_checked_by_name()
    {
        var state = Named(new NamedUser { Name = "Helen\u00a0Marsh", AccreditedResearcher = true });
        Assert.True(SeparationOfDuties.IsConflicted(state, Chief));
    }

    private static ApplicationState Named(NamedUser user)
    {
        var form = new ApplicationForm
        {
            Applicant = new Applicant { Name = "Sam Researcher", Email = "sam@uni.example.ac.uk" },
            NamedUsers = [new NamedUser { Name = "Sam Researcher" }, user],
        };
        return ApplicationState.Empty with { OwnerSubject = "researcher-sam", Form = form, SubmittedForm = form };
    }
}
