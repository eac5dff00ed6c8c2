using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Screening;

namespace ResearchRelease.Domain.Tests.Applications;

/// <summary>
/// The facts every reader shows come from the fold once: these are the cases where readers used to tell different
/// stories (after extensions, corrections, resubmission and closure).
/// </summary>
public sealed class OneTruthTests
{
    private static readonly DateOnly NewEnd = Lifecycle.EndDate.AddYears(1);

    private static ApplicationState ExtensionDecided(string outcome)
    {
        var awaiting = Lifecycle.ExtensionAwaitingDecision();
        var decided = awaiting.Apply(
            ApplicationDecider.Decide(
                awaiting,
                Lifecycle.Chief,
                new DecisionRequest(outcome, "Reasons given.", [], outcome == "approve" ? NewEnd : null, awaiting.Version),
                Lifecycle.Today
            )
        );
        return Lifecycle.WithLetter(decided, outcome == "approve" ? "extension" : "extension-refuse");
    }

    [Fact]
    public void A_refused_extension_leaves_the_release_live_on_its_original_terms()
    {
        var approved = Lifecycle.Approved();
        var refused = ExtensionDecided("refuse");
        Assert.True(refused.IsLiveRelease);
        Assert.Equal(DecisionOutcomes.Approve, refused.Decision!.Outcome);
        Assert.Equal(DecisionOutcomes.Refuse, refused.CurrentRoundDecision!.Outcome);
        Assert.Equal(Lifecycle.EndDate, refused.EndDate);
        Assert.Equal(refused.Letters.Single(l => l.Round == approved.Round).LetterId, refused.Letter!.LetterId);
        Assert.Equal(approved.DecidedAt, refused.DecidedAt);
        Assert.False(refused.IsLetterOwed);
    }

    [Fact]
    public void An_approved_extension_moves_the_terms_and_its_letter_is_in_force()
    {
        var approved = Lifecycle.Approved();
        var extended = ExtensionDecided("approve");
        Assert.Equal(NewEnd, extended.EndDate);
        Assert.Equal(extended.ExtensionLetters[^1].LetterId, extended.Letter!.LetterId);
        Assert.Contains(extended.LetterTerms!.Conditions, c => c.Contains("31 March 2029", StringComparison.Ordinal));
        Assert.DoesNotContain(extended.LetterTerms.Conditions, c => c.Contains("31 March 2028", StringComparison.Ordinal));
        Assert.Contains("Publish the code.", extended.LetterTerms.Conditions);
        // The application's decision time is the approval's, not the extension's.
        Assert.Equal(approved.DecidedAt, extended.DecidedAt);
        Assert.True(extended.DecisionTimes[extended.Round] > extended.DecidedAt);
    }

    [Fact]
    public void A_correction_after_an_approved_extension_corrects_the_extension_letter_and_keeps_its_terms()
    {
        var extended = ExtensionDecided("approve");
        var terms = LetterDetails.Current(extended);
        var request = new CorrectionRequest(
            extended.Letter!.LetterId,
            "Organisation misspelt.",
            terms.AddresseeName,
            terms.AddresseeJobTitle,
            "University of Northmoor",
            terms.ProjectTitle,
            terms.Conditions,
            extended.Version
        );
        var file = new LetterFile(Guid.NewGuid(), new string('d', 64), "CORRECTED1");
        var corrected = extended.Apply(ApplicationDecider.CorrectLetter(extended, Lifecycle.Chief, request, file, Lifecycle.Today));

        var correction = corrected.Corrections.Single();
        Assert.Equal(extended.Letter.LetterId, correction.SupersedesLetterId);
        Assert.Equal(extended.Round, correction.Round);
        Assert.Equal(file.LetterId, corrected.Letter!.LetterId);
        Assert.Equal(NewEnd, corrected.EndDate);
        Assert.Contains(corrected.LetterTerms!.Conditions, c => c.Contains("31 March 2029", StringComparison.Ordinal));
        Assert.Equal("CORRECTED1", corrected.Letters.Single(l => l.LetterId == extended.Letter.LetterId).SupersededByVerificationCode);
    }

    [Fact]
    public void A_closed_release_is_no_longer_live()
    {
        var expired = Lifecycle.Expired();
        Assert.True(expired.IsLiveRelease);
        var closed = expired.Apply(
            LifecycleDecider.ConfirmDestruction(expired, Lifecycle.Owner, "Deleted", Lifecycle.EndDate, true, Lifecycle.EndDate.AddDays(1))
        );
        Assert.False(closed.IsLiveRelease);
        Assert.NotNull(closed.DestructionConfirmedAt);
    }

    [Fact]
    public void A_resubmission_clears_the_decision_time_and_the_next_decision_comes_after_it()
    {
        var awaiting = Lifecycle.AwaitingDecision();
        var returned = awaiting.Apply(
            ApplicationDecider.Decide(
                awaiting,
                Lifecycle.Chief,
                new DecisionRequest("return", "Say more about linkage.", [], null, awaiting.Version),
                Lifecycle.Today
            )
        );
        Assert.NotNull(returned.DecidedAt);
        var resubmitted = returned.Apply(ApplicationDecider.Submit(returned, Lifecycle.Owner, Lifecycle.Today, null, Lifecycle.Attached));
        Assert.Null(resubmitted.DecidedAt);
        var screened = Lifecycle.Screened(resubmitted);
        var approved = screened.Apply(
            ApplicationDecider.Decide(
                screened,
                Lifecycle.Chief,
                new DecisionRequest("approve", "Sound.", [], Lifecycle.EndDate, screened.Version),
                Lifecycle.Today
            )
        );
        Assert.True(approved.DecidedAt > approved.SubmittedAt);
    }

    [Fact]
    public void No_extension_can_be_asked_for_before_the_decision_letter_is_issued()
    {
        var decided = Lifecycle.Decided();
        Assert.True(decided.IsLetterOwed);
        var outcome = LifecycleDecider.RequestExtension(decided, Lifecycle.Owner, NewEnd, "Delayed fieldwork.", Lifecycle.Today);
        Assert.Equal(CommandFailure.Conflict, outcome.Failure);
        Assert.Contains("still being issued", outcome.Message, StringComparison.Ordinal);
        Assert.True(
            LifecycleDecider
                .RequestExtension(Lifecycle.WithLetter(decided), Lifecycle.Owner, NewEnd, "Delayed fieldwork.", Lifecycle.Today)
                .Succeeded
        );
    }

    [Fact]
    public void Each_round_keeps_what_its_screening_said_after_the_application_has_moved_on()
    {
        var form = ResearchRelease.Domain.Tests.Screening.TestForms.Eligible();
        var eligible = RegulationTest.Screen(form, Ruleset.Wording2013, ResearchRelease.Domain.Catalogue.DataItemCatalogue.Default);
        var incomplete = eligible with { Overall = "incomplete" };
        var returned = Folding.Fold([
            new ApplicationDrafted("DFE-2026-0002", "researcher-1", form),
            new ApplicationSubmitted(1, Lifecycle.Today, form),
            new ApplicationScreened(1, incomplete),
            new ReturnedToResearcher(1, ["Name the people who will use the data."]),
            new DraftUpdated(form),
            new ApplicationSubmitted(2, Lifecycle.Today, form),
        ]);
        Assert.Null(returned.Screening);
        Assert.Equal("incomplete", returned.ScreeningOutcomes[1]);

        var screened = returned.Apply(new ApplicationScreened(2, eligible));
        Assert.Equal("incomplete", screened.ScreeningOutcomes[1]);
        Assert.Equal(eligible.Overall, screened.ScreeningOutcomes[2]);
    }
}
