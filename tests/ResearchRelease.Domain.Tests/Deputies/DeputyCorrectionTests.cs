using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Deputies;
using ResearchRelease.Domain.Tests.Applications;
using ResearchRelease.Domain.Tests.Screening;
using static ResearchRelease.Domain.Tests.Deputies.Designations;

namespace ResearchRelease.Domain.Tests.Deputies;

/// <summary>
/// Given an approved application with its letter issued, when a deputy corrects the letter, then they may exactly
/// when they may decide: under a designation in force, never on an application naming them.
/// </summary>
public sealed class DeputyCorrectionTests
{
    private static readonly LetterFile NewFile = new(Guid.NewGuid(), new string('b', 64), "SECONDCODE");

    private static ApplicationState Issued(ApplicationForm? form = null, Actor? decider = null)
    {
        var f = form ?? TestForms.Eligible();
        var state = Folding.Fold([
            new ApplicationDrafted("RR-2027-00001", "researcher", f),
            new ApplicationSubmitted(1, Today, f),
            new ApplicationScreened(1, f.Screen("2013")),
            new SentToChiefStatistician(1, "eligible"),
        ]);
        var decided = ApplicationDecider.Decide(
            state,
            decider ?? Deputy,
            new DecisionRequest("approve", "Sound.", ["Quarterly reports."], Today.AddYears(2), state.Version),
            Today,
            After(Request())[0]
        );
        Assert.True(decided.Succeeded, decided.Message);
        state = decided.Events.Aggregate(state, (s, e) => s.Apply(e));
        return state.Apply(new LetterIssued(1, "approval", Guid.NewGuid(), new string('a', 64), "FIRSTCODE1"));
    }

    private static CorrectionRequest Misspelt(ApplicationState state) =>
        new(
            state.Letter!.LetterId,
            "The organisation's name was misspelt.",
            "Dr Ada Okafor",
            null,
            "University of Eastfield (corrected)",
            "Disadvantage and progress",
            state.Decision!.Conditions,
            state.Version
        );

    [Fact]
    public void A_deputy_under_a_designation_in_force_corrects_and_signs_for_the_chief_statistician()
    {
        var state = Issued();
        var outcome = ApplicationDecider.CorrectLetter(state, Deputy, Misspelt(state), NewFile, Today, After(Request())[0]);
        Assert.True(outcome.Succeeded, outcome.Message);
        var corrected = outcome.Events.OfType<LetterCorrected>().Single();
        Assert.Equal("Dr Aisha Rahman", corrected.SignatoryName);
        Assert.Equal("Deputy Director, for the Chief Statistician", corrected.SignatoryTitle);
    }

    [Fact]
    public void Without_a_designation_in_force_or_when_named_a_deputy_cannot_correct()
    {
        var state = Issued();
        var designation = After(Request())[0];
        var revoked = After(Request(), new DeputyDesignationRevoked(designation.Id, "Back early"))[0];
        Assert.Contains(
            "not been designated",
            ApplicationDecider.CorrectLetter(state, Deputy, Misspelt(state), NewFile, Today, null).Message,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "revoked",
            ApplicationDecider.CorrectLetter(state, Deputy, Misspelt(state), NewFile, Today, revoked).Message,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "ended",
            ApplicationDecider.CorrectLetter(state, Deputy, Misspelt(state), NewFile, Today.AddDays(20), designation).Message,
            StringComparison.Ordinal
        );
        // Checked without a date (the optional default), a deputy is refused rather than let through.
        Assert.Equal(CommandFailure.Forbidden, ApplicationDecider.CorrectLetter(state, Deputy, Misspelt(state), NewFile).Failure);

        var naming = TestForms.Eligible() with { NamedUsers = [new() { Name = "Dr Aisha Rahman", AccreditedResearcher = true }] };
        var named = Issued(naming, Chief);
        var refused = ApplicationDecider.CorrectLetter(named, Deputy, Misspelt(named), NewFile, Today, designation);
        Assert.Equal(CommandFailure.Forbidden, refused.Failure);
        Assert.Contains("cannot correct", refused.Message, StringComparison.Ordinal);
    }
}
