using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Screening;
using ResearchRelease.Domain.Tests.Screening;

namespace ResearchRelease.Domain.Tests.Applications;

/// <summary>Given an approved application with its letter issued, when the Chief Statistician corrects the letter, then …</summary>
public sealed class LetterCorrectionTests
{
    private static readonly Actor Researcher = new("researcher-1", "Dr Ada Okafor", "a.okafor@example.ac.uk", ActorRole.Researcher);
    private static readonly Actor Chief = new("chief-1", "Helen Marsh", "helen.marsh@education.gov.uk", ActorRole.ChiefStatistician);
    private static readonly Actor Compliance = new("compliance-1", "Sam Okafor", "sam@education.gov.uk", ActorRole.ComplianceOfficer);
    private static readonly DateOnly Today = new(2026, 12, 1);
    private static readonly Guid FirstLetter = Guid.NewGuid();

    private static readonly Actor Deputy = new("deputy-1", "Rob Ellis", "rob.ellis@education.gov.uk", ActorRole.ChiefStatistician);

    private static ApplicationState Issued(ApplicationForm? form = null, Actor? decider = null)
    {
        form ??= TestForms.Eligible();
        var result = RegulationTest.Screen(form, Ruleset.Wording2013, ResearchRelease.Domain.Catalogue.DataItemCatalogue.Default);
        var events = new ApplicationEvent[]
        {
            new ApplicationDrafted("DFE-2026-0001", Researcher.Subject, form),
            new ApplicationSubmitted(1, Today, form),
            new ApplicationScreened(1, result),
            new SentToChiefStatistician(1, result.Overall),
        };
        var state = Folding.Fold(events);
        var decided = ApplicationDecider.Decide(
            state,
            decider ?? Chief,
            new DecisionRequest("approve", "", ["Quarterly progress reports."], Today.AddYears(2), state.Version),
            Today
        );
        Assert.True(decided.Succeeded, decided.Message);
        state = decided.Events.Aggregate(state, (s, e) => s.Apply(e));
        return state.Apply(new LetterIssued(1, "approval", FirstLetter, new string('a', 64), "FIRSTCODE1"));
    }

    private static CorrectionRequest Request(
        ApplicationState state,
        string? name = "Dr Ada Okafor-Smith",
        string? reason = "The addressee's name was misspelt.",
        IReadOnlyList<string>? conditions = null,
        Guid? supersedes = null
    ) =>
        new(
            supersedes ?? state.Letter!.LetterId,
            reason,
            name,
            "Reader",
            "University of Eastfield",
            "Disadvantage and progress in secondary school",
            conditions ?? state.Decision!.Conditions,
            state.Version
        );

    private static readonly LetterFile File2 = new(Guid.NewGuid(), new string('b', 64), "SECONDCODE");

    [Fact]
    public void A_correction_records_reason_changes_and_the_letter_it_supersedes_and_becomes_the_letter_in_force()
    {
        var state = Issued();
        var outcome = ApplicationDecider.CorrectLetter(state, Chief, Request(state), File2);

        Assert.True(outcome.Succeeded, outcome.Message);
        var corrected = Assert.IsType<LetterCorrected>(Assert.Single(outcome.Events));
        Assert.Equal("letter_corrected", corrected.Type);
        Assert.Equal(FirstLetter, corrected.SupersedesLetterId);
        Assert.Equal("FIRSTCODE1", corrected.SupersedesVerificationCode);
        Assert.Equal("The addressee's name was misspelt.", corrected.Reason);
        var change = Assert.Single(corrected.Changes);
        Assert.Equal(new LetterChange("Addressee", "Dr Ada Okafor", "Dr Ada Okafor-Smith"), change);

        var after = state.Apply(corrected);
        Assert.Equal(ApplicationStatus.Approved, after.Status);
        Assert.Equal(state.Decision, after.Decision);
        Assert.Equal(File2.LetterId, after.Letter!.LetterId);
        Assert.Equal("SECONDCODE", after.Letter.VerificationCode);
        Assert.Equal("Dr Ada Okafor-Smith", LetterDetails.Current(after).AddresseeName);
    }

    [Fact]
    public void A_second_correction_supersedes_the_first_correction_and_the_old_letter_can_no_longer_be_corrected()
    {
        var state = Issued();
        state = state.Apply(ApplicationDecider.CorrectLetter(state, Chief, Request(state), File2).Events.Single());

        var stale = ApplicationDecider.CorrectLetter(state, Chief, Request(state, name: "Dr A. Okafor", supersedes: FirstLetter), null);
        Assert.Equal(CommandFailure.Conflict, stale.Failure);

        var second = (LetterCorrected)
            ApplicationDecider
                .CorrectLetter(
                    state,
                    Chief,
                    Request(state, name: "Dr A. Okafor"),
                    new LetterFile(Guid.NewGuid(), new string('c', 64), "THIRDCODE1")
                )
                .Events.Single();
        Assert.Equal(File2.LetterId, second.SupersedesLetterId);
        Assert.Equal("SECONDCODE", second.SupersedesVerificationCode);
        Assert.Equal(new LetterChange("Addressee", "Dr Ada Okafor-Smith", "Dr A. Okafor"), Assert.Single(second.Changes));
    }

    [Fact]
    public void Conditions_can_be_reworded_but_not_added_or_removed()
    {
        var state = Issued();
        var reworded = state.Decision!.Conditions.ToList();
        reworded[^1] = "Quarterly progress reports to the Department.";
        var ok = ApplicationDecider.CorrectLetter(state, Chief, Request(state, name: "Dr Ada Okafor", conditions: reworded), File2);
        Assert.True(ok.Succeeded, ok.Message);
        Assert.Equal($"Condition {reworded.Count}", Assert.Single(((LetterCorrected)ok.Events[0]).Changes).Field);

        var fewer = ApplicationDecider.CorrectLetter(
            state,
            Chief,
            Request(state, conditions: state.Decision.Conditions.Skip(1).ToList()),
            File2
        );
        Assert.Equal((CommandFailure.Invalid, "conditions"), (fewer.Failure, fewer.Field));
        var more = ApplicationDecider.CorrectLetter(
            state,
            Chief,
            Request(state, conditions: [.. state.Decision.Conditions, "Another"]),
            File2
        );
        Assert.Equal((CommandFailure.Invalid, "conditions"), (more.Failure, more.Field));
        var emptied = ApplicationDecider.CorrectLetter(
            state,
            Chief,
            Request(state, conditions: [.. state.Decision.Conditions.Skip(1), " "]),
            File2
        );
        Assert.Equal("conditions", emptied.Field);
    }

    [Theory]
    [InlineData(null, "A reason", "addresseeName")]
    [InlineData("Dr Ada Okafor-Smith", "  ", "reason")]
    [InlineData("Dr Ada Okafor", "No change at all", "reason")]
    public void Missing_or_empty_input_is_refused_against_its_field(string? name, string reason, string field)
    {
        var state = Issued();
        var outcome = ApplicationDecider.CorrectLetter(state, Chief, Request(state, name: name, reason: reason), File2);
        Assert.Equal((CommandFailure.Invalid, field), (outcome.Failure, outcome.Field));
        Assert.Empty(outcome.Events);
    }

    [Fact]
    public void Only_the_chief_statistician_may_correct_and_not_when_named_on_the_application()
    {
        var state = Issued();
        Assert.Equal(CommandFailure.Forbidden, ApplicationDecider.CorrectLetter(state, Compliance, Request(state), File2).Failure);
        Assert.Equal(CommandFailure.Forbidden, ApplicationDecider.CorrectLetter(state, Researcher, Request(state), File2).Failure);
        Assert.Equal(
            CommandFailure.Forbidden,
            ApplicationDecider.CorrectLetter(state, Chief, Request(state, name: "Helen Marsh"), File2).Failure
        );

        var naming = TestForms.Eligible() with { NamedUsers = [new() { Name = "helen marsh", AccreditedResearcher = true }] };
        // Decided by a deputy; the Chief Statistician, named on it, may not correct its letter either.
        var named = Issued(naming, Deputy);
        var refused = ApplicationDecider.CorrectLetter(named, Chief, Request(named), File2);
        Assert.Equal(CommandFailure.Forbidden, refused.Failure);
        Assert.Contains("cannot correct", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stale_version_or_an_application_without_a_letter_is_a_conflict()
    {
        var state = Issued();
        var stale = ApplicationDecider.CorrectLetter(state, Chief, Request(state) with { ExpectedVersion = state.Version - 1 }, File2);
        Assert.Equal(CommandFailure.Conflict, stale.Failure);

        var awaiting = Folding.Fold([new ApplicationDrafted("DFE-2026-0002", Researcher.Subject, TestForms.Eligible())]);
        Assert.Equal(
            CommandFailure.Conflict,
            ApplicationDecider.CorrectLetter(awaiting, Chief, Request(Issued()) with { ExpectedVersion = 1 }, File2).Failure
        );
    }

    [Fact]
    public void The_workflow_letter_step_stays_idempotent_after_a_correction()
    {
        var state = Issued();
        state = state.Apply(ApplicationDecider.CorrectLetter(state, Chief, Request(state), File2).Events.Single());
        var again = ApplicationDecider.RecordLetter(
            state,
            new LetterIssued(1, "approval", Guid.NewGuid(), new string('d', 64), "REPLAYED01")
        );
        Assert.True(again.Succeeded);
        Assert.Empty(again.Events);
    }
}
