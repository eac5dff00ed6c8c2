using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Screening;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Features.Decisions;
using ResearchRelease.Web.Features.Lifecycle;
using ResearchRelease.Web.Features.Screening;
using ResearchRelease.Web.Features.StandingShares;
using ResearchRelease.Workflow;

namespace ResearchRelease.Web.Process;

/// <summary>
/// What the workflow's activity nodes do. The engine runs each step at least once (a crash after the
/// side effect but before the engine saved its progress repeats it), so every activity here is
/// idempotent per (application, round): the domain ignores a second screening of a round, and the
/// letters table's UNIQUE(application_id, round) refuses a second letter.
/// </summary>
public sealed class ProcessActivities(
    ApplicationStore store,
    ScreeningService screening,
    LetterIssuer letters,
    ExtensionLetterIssuer extensionLetters,
    LifecycleActivities lifecycle,
    ShareReviewActivities shares
) : IProcessActivities
{
    public async Task<string> RunAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        // The standing share review process runs on a share's id; its activity names are its own.
        if (ProcessActivityNames.ShareReview.Contains(context.Activity))
            return await shares.RunAsync(context, cancellationToken);
        var (id, round) = (context.ApplicationId, context.Round);
        if (await OnRecentFoldAsync(context.Activity, id, round, cancellationToken) is { } done)
            return done;
        var loaded = await store.LoadAsync(id, cancellationToken) ?? throw Missing(id);
        return context.Activity switch
        {
            ProcessActivityNames.Screen => await ScreenAsync(id, loaded.State, round, cancellationToken),
            // The definition chose the route; the activity records it.
            ProcessActivityNames.ReturnToResearcher => await RouteAsync(id, loaded.State, round, toResearcher: true, cancellationToken),
            ProcessActivityNames.RouteToChiefStatistician => await RouteAsync(
                id,
                loaded.State,
                round,
                toResearcher: false,
                cancellationToken
            ),
            ProcessActivityNames.IssueApprovalLetter or ProcessActivityNames.IssueRefusalLetter => await letters.IssueAsync(
                loaded,
                context.Round,
                cancellationToken
            ),
            ProcessActivityNames.IssueExtensionLetter or ProcessActivityNames.IssueExtensionRefusalLetter =>
                await extensionLetters.IssueAsync(loaded, round, cancellationToken),
            ProcessActivityNames.RemindChiefStatistician => await lifecycle.RemindChiefStatisticianAsync(id, round, cancellationToken),
            ProcessActivityNames.EscalateDecision => await lifecycle.EscalateDecisionAsync(id, round, cancellationToken),
            ProcessActivityNames.RemindResubmission => await lifecycle.RemindResubmissionAsync(id, round, cancellationToken),
            ProcessActivityNames.LapseApplication => await lifecycle.LapseAsync(id, round, cancellationToken),
            ProcessActivityNames.RemindReleaseEnding => await lifecycle.RemindReleaseEndingAsync(id, round, cancellationToken),
            // At the end date, even while an extension is undecided: the request lapses with the release.
            ProcessActivityNames.ExpireRelease or ProcessActivityNames.ExpireReleaseDuringExtension => await lifecycle.ExpireAsync(
                id,
                cancellationToken
            ),
            ProcessActivityNames.FlagDestructionOverdue => await lifecycle.FlagDestructionOverdueAsync(id, cancellationToken),
            // The withdrawn and destruction_confirmed events already exist (the researcher's command wrote them): these
            // nodes are where notifications hang, with nothing further to record.
            ProcessActivityNames.AcknowledgeWithdrawal or ProcessActivityNames.CloseRelease => ProcessOutcomes.Done,
            _ => throw new InvalidOperationException($"Unknown activity '{context.Activity}'."),
        };
    }

    /// <summary>
    /// Screening straight after the submission, and routing straight after the screening, on the fold this node has just
    /// appended, without reading the events again. Taken only when it goes through as it stands: the step is due on that
    /// fold and the store accepts the append at its version (so the fold was the latest). Anything else (a fold another
    /// node has moved on from, a step run again) returns null, and the step is decided on the store's events.
    /// </summary>
    private async Task<string?> OnRecentFoldAsync(string activity, Guid id, int round, CancellationToken ct)
    {
        var routes = activity is ProcessActivityNames.ReturnToResearcher or ProcessActivityNames.RouteToChiefStatistician;
        if (!(routes || activity == ProcessActivityNames.Screen) || store.RecentlyAppended(id) is not { } state)
        {
            return null;
        }

        if (activity == ProcessActivityNames.Screen)
        {
            if (state.Round != round || state.Screening is not null || state.Status == ApplicationStatus.Withdrawn)
                return null;
            var (result, screened) = Screen(state, round);
            return screened.Succeeded && (await store.AppendAsync(id, state, screened.Events, Actor.Workflow, ct: ct)).Appended
                ? result.Overall
                : null;
        }

        var routed = ApplicationDecider.Route(state, round, activity == ProcessActivityNames.ReturnToResearcher);
        return routed.Succeeded && (await store.AppendAsync(id, state, routed.Events, Actor.Workflow, ct: ct)).Appended
            ? ProcessOutcomes.Done
            : null;
    }

    private (ScreeningResult Result, CommandOutcome Outcome) Screen(ApplicationState state, int round)
    {
        // An extension is screened as the law stands when it was requested, on the application amended with the new end date.
        var on = state.IsExtensionRound ? state.PendingExtension!.RequestedOn : state.SubmittedOn ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var result = screening.Screen(state.SubmittedForm ?? state.Form, on);
        return (result, ApplicationDecider.RecordScreening(state, round, result));
    }

    /// <summary>
    /// The state after an append was refused. A refusal with no newer event behind it (another unique rule) would refuse
    /// every retry alike, so the step fails instead, for the engine's bounded retries and then an operator.
    /// </summary>
    private async Task<ApplicationState> ReloadAfterRefusalAsync(Guid id, ApplicationState refused, CancellationToken ct)
    {
        var state = (await store.LoadAsync(id, ct) ?? throw Missing(id)).State;
        return state.Version > refused.Version
            ? state
            : throw new InvalidOperationException(
                $"Application {id}: the append at version {refused.Version} was refused, yet nothing newer is stored."
            );
    }

    private static InvalidOperationException Missing(Guid id) => new($"Application {id} does not exist.");

    private async Task<string> RouteAsync(Guid id, ApplicationState state, int round, bool toResearcher, CancellationToken ct)
    {
        while (true)
        {
            var outcome = ApplicationDecider.Route(state, round, toResearcher);
            if (!outcome.Succeeded)
                throw new InvalidOperationException(outcome.Message);
            if ((await store.AppendAsync(id, state, outcome.Events, Actor.Workflow, ct: ct)).Appended)
                return ProcessOutcomes.Done;
            // Someone appended meanwhile (a withdrawal, or this step running twice): decide again on what stands.
            state = await ReloadAfterRefusalAsync(id, state, ct);
        }
    }

    private async Task<string> ScreenAsync(Guid id, ApplicationState state, int round, CancellationToken ct)
    {
        while (true)
        {
            if (state.Round == round && state.Screening is { } existing)
                return existing.Overall;
            // Run again after the round has moved on: the route follows what this round's screening recorded, not a
            // screening of the form as it stands now (which, returned and mended, would be sent to the Chief Statistician).
            if (state.Round > round && state.ScreeningOutcomes.TryGetValue(round, out var recorded))
                return recorded;
            // Withdrawn before screening ran: record nothing. The instance goes on to the resubmission wait, where version 2
            // takes the stored "withdrawn" signal and ends; a version 1 instance (no withdrawal path) stays parked there,
            // and the domain events (the record) show the withdrawal.
            if (state.Status == ApplicationStatus.Withdrawn)
                return Outcomes.Incomplete;

            var (result, outcome) = Screen(state, round);
            if (!outcome.Succeeded)
                throw new InvalidOperationException(outcome.Message);
            if ((await store.AppendAsync(id, state, outcome.Events, Actor.Workflow, ct: ct)).Appended)
                return result.Overall;
            // Someone else appended meanwhile (a withdrawal, or this step running twice): decide again on what stands.
            state = await ReloadAfterRefusalAsync(id, state, ct);
        }
    }
}
