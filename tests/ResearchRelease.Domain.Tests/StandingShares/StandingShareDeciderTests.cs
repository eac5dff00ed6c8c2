using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.StandingShares;

namespace ResearchRelease.Domain.Tests.StandingShares;

/// <summary>Given events, when a command, then events: the standing share's rules without a database.</summary>
public sealed class StandingShareDeciderTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);
    private static readonly DateTime At = new(2026, 12, 6, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Actor Compliance = new("c-1", "Sam Okafor", null, ActorRole.ComplianceOfficer);
    private static readonly Actor Chief = new("cs-1", "Helen Marsh", null, ActorRole.ChiefStatistician);
    private static readonly IReadOnlySet<string> Catalogue = new HashSet<string> { "pseudonymous_pupil_id", "ks2_results" };

    private static readonly ShareTerms Complete = new()
    {
        RecipientBody = "Ofsted",
        Sector = "government",
        LegalGateway = "Education and Inspections Act 2006, section 118",
        Article6 = "public_task",
        Purpose = "Inspection",
        PublicBenefit = "Fair inspections",
        DataItems = ["ks2_results"],
        Frequency = "termly",
        AccessRoute = "direct_transfer",
        AgreementStart = Today,
        AgreementEnd = Today.AddYears(2),
        ReviewDate = Today.AddYears(1),
    };

    private static StandingShareState Given(params (StandingShareEvent Event, Actor By)[] events) =>
        StandingShareState.Fold(events.Select(e => new RecordedShareEvent(e.Event, At, e.By.Subject, e.By.Name)));

    private static StandingShareState Submitted(Actor drafter) =>
        Given((new ShareDrafted("SS-2026-AAAAAA", Complete), drafter), (new ShareSubmitted(1, Complete), drafter));

    [Fact]
    public void The_Chief_Statistician_approves_submitted_terms_and_they_come_into_force()
    {
        var outcome = StandingShareDecider.Decide(Submitted(Compliance), Chief, "approve", "Sound.", Today, null, null);
        var decided = Assert.IsType<ShareDecided>(Assert.Single(outcome.Events));
        Assert.Equal("Chief Statistician, Department for Education", decided.SignatoryTitle);
        var state = Submitted(Compliance).Apply(new RecordedShareEvent(decided, At, Chief.Subject, Chief.Name));
        Assert.Equal(StandingShareStatus.Approved, state.Status);
        Assert.Equal(Complete, state.InForce);
    }

    [Fact]
    public void Nobody_decides_terms_they_wrote_even_under_another_account_with_the_same_name()
    {
        var sameName = new Actor("cs-other", "Helen Marsh", null, ActorRole.ComplianceOfficer);
        var outcome = StandingShareDecider.Decide(Submitted(sameName), Chief, "approve", "Sound.", Today, null, null);
        Assert.Equal(CommandFailure.Forbidden, outcome.Failure);
        Assert.Contains("wrote or changed these terms", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deputy_decides_only_under_a_designation_in_force()
    {
        var deputy = new Actor("d-1", "Aisha Rahman", null, ActorRole.DeputyChiefStatistician);
        Assert.Equal(
            CommandFailure.Forbidden,
            StandingShareDecider.Decide(Submitted(Compliance), deputy, "approve", "Sound.", Today, null, null).Failure
        );
    }

    [Fact]
    public void Compliance_cannot_decide_and_the_Chief_Statistician_cannot_draft()
    {
        Assert.Equal(
            CommandFailure.Forbidden,
            StandingShareDecider.Decide(Submitted(Compliance), Compliance, "approve", "x", Today, null, null).Failure
        );
        Assert.Equal(CommandFailure.Forbidden, StandingShareDecider.Draft(Chief, "SS-2026-AAAAAA", Complete).Failure);
    }

    [Theory]
    [InlineData(-1, "reviewDate")]
    [InlineData(800, "reviewDate")]
    public void The_review_date_must_be_ahead_and_within_the_agreement(int reviewInDays, string field)
    {
        var terms = Complete with { ReviewDate = Today.AddDays(reviewInDays) };
        var state = Given((new ShareDrafted("SS-2026-AAAAAA", terms), Compliance));
        var outcome = StandingShareDecider.Submit(state, Compliance, Catalogue, Today, null);
        Assert.Equal(field, outcome.Field);
    }

    [Fact]
    public void A_data_item_outside_the_catalogue_is_refused()
    {
        var state = Given((new ShareDrafted("SS-2026-AAAAAA", Complete with { DataItems = ["height_and_weight"] }), Compliance));
        Assert.Equal("dataItems", StandingShareDecider.Submit(state, Compliance, Catalogue, Today, null).Field);
    }

    [Fact]
    public void The_reminder_is_sent_once_for_the_terms_in_force_and_the_flag_never_before_the_day_after_the_review()
    {
        Assert.False(StandingShareDecider.RecordReviewReminder(Submitted(Compliance)).Succeeded); // nothing in force yet
        var decided = Submitted(Compliance)
            .Apply(new RecordedShareEvent(new ShareDecided(1, "approve", "Sound.", "Helen Marsh", "CS"), At, "cs-1", "Helen Marsh"));
        var review = Complete.ReviewDate!.Value;
        var reminder = StandingShareDecider.RecordReviewReminder(decided);
        Assert.True(reminder.Succeeded);
        var reminded = decided.Apply(new RecordedShareEvent(reminder.Events[0], At, "workflow", "Workflow"));
        Assert.False(StandingShareDecider.RecordReviewReminder(reminded).Succeeded);
        Assert.False(StandingShareDecider.FlagReviewOverdue(decided, review).Succeeded);
        Assert.True(StandingShareDecider.FlagReviewOverdue(decided, review.AddDays(1)).Succeeded);
    }
}
