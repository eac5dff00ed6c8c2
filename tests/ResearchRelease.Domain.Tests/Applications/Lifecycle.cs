using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Screening;
using ResearchRelease.Domain.Tests.Screening;

namespace ResearchRelease.Domain.Tests.Applications;

/// <summary>Builds application states by running the real decider commands, so each test starts where the process would be.</summary>
public static class Lifecycle
{
    public static readonly Actor Owner = new("researcher-1", "Dr Ada Okafor", "a.okafor@example.ac.uk", ActorRole.Researcher);
    public static readonly Actor Other = new("researcher-2", "Dr Ben Ng", "b.ng@example.ac.uk", ActorRole.Researcher);
    public static readonly Actor Chief = new("chief-1", "Professor Jane Hale", "chief@education.gov.uk", ActorRole.ChiefStatistician);
    public static readonly DateOnly Today = new(2026, 12, 1);
    public static readonly DateOnly EndDate = new(2028, 3, 31);

    public static ApplicationState Apply(this ApplicationState state, CommandOutcome outcome)
    {
        Assert.True(outcome.Succeeded, outcome.Message);
        return outcome.Events.Aggregate(state, (s, e) => s.Apply(e));
    }

    public static ApplicationState Draft(ApplicationForm? form = null) =>
        ApplicationState.Empty.Apply(ApplicationDecider.Draft(Owner, "DR-2026-0001", form ?? TestForms.Eligible()));

    /// <summary>The documents the test forms promise (their ethics approval letter).</summary>
    public static readonly string[] Attached = [SubmissionEvidence.EthicsLetter];

    public static ApplicationState Submitted(ApplicationForm? form = null) =>
        Draft(form).Apply(ApplicationDecider.Submit(Draft(form), Owner, Today, null, Attached));

    /// <summary>Screened and routed as the workflow definition routes it (incomplete or ineligible back, else on).</summary>
    public static ApplicationState Screened(ApplicationState submitted)
    {
        var screened = submitted.Apply(ApplicationDecider.RecordScreening(submitted, submitted.Round, Screen(submitted)));
        var back = !screened.IsExtensionRound && screened.Screening!.Overall is Outcomes.Incomplete or Outcomes.Ineligible;
        return screened.Apply(ApplicationDecider.Route(screened, screened.Round, back));
    }

    public static ScreeningResult Screen(ApplicationState state) =>
        RegulationTest.Screen(state.SubmittedForm!, Ruleset.Wording2013, ResearchRelease.Domain.Catalogue.DataItemCatalogue.Default);

    public static ApplicationState AwaitingDecision() => Screened(Submitted());

    public static ApplicationState Returned() => Screened(Submitted(TestForms.Eligible().WithSettings(s => s with { AccessRoute = null })));

    /// <summary>Approved and its letter issued, as the workflow leaves it.</summary>
    public static ApplicationState Approved() => WithLetter(Decided());

    /// <summary>Just decided: the workflow has not issued the letter yet.</summary>
    public static ApplicationState Decided()
    {
        var awaiting = AwaitingDecision();
        return awaiting.Apply(
            ApplicationDecider.Decide(
                awaiting,
                Chief,
                new DecisionRequest("approve", "Sound.", ["Publish the code."], EndDate, awaiting.Version),
                Today
            )
        );
    }

    /// <summary>The workflow's letter for the current round (as the letter step records it).</summary>
    public static ApplicationState WithLetter(ApplicationState decided, string kind = "approval") =>
        decided.Apply(
            ApplicationDecider.RecordLetter(
                decided,
                new LetterIssued(decided.Round, kind, Guid.NewGuid(), new string('c', 64), $"CODE{decided.Round}{decided.Version}")
            )
        );

    public static ApplicationState Expired()
    {
        var approved = Approved();
        return approved.Apply(LifecycleDecider.Expire(approved, EndDate, 30));
    }

    public static ApplicationState ExtensionRequested(DateOnly? newEnd = null)
    {
        var approved = Approved();
        return approved.Apply(
            LifecycleDecider.RequestExtension(approved, Owner, newEnd ?? EndDate.AddYears(1), "Follow-up survey delayed by a year.", Today)
        );
    }

    public static ApplicationState ExtensionAwaitingDecision() => Screened(ExtensionRequested());
}
