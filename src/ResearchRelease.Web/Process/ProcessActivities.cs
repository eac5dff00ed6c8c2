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
    ApplicationStore store, ScreeningService screening, LetterIssuer letters, ExtensionLetterIssuer extensionLetters, LifecycleActivities lifecycle,
    ShareReviewActivities shares)
    : IProcessActivities
{
    public async Task<string> RunAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        // The standing share review process runs on a share's id; its activity names are its own.
        if (ProcessActivityNames.ShareReview.Contains(context.Activity)) return await shares.RunAsync(context, cancellationToken);
        var loaded = await store.LoadAsync(context.ApplicationId, cancellationToken)
            ?? throw new InvalidOperationException($"Application {context.ApplicationId} does not exist.");
        var (id, round) = (context.ApplicationId, context.Round);
        return context.Activity switch
        {
            ProcessActivityNames.Screen => await ScreenAsync(loaded, context.Round, cancellationToken),
            // The definition chose the route; the activity records it.
            ProcessActivityNames.ReturnToResearcher => await RouteAsync(loaded, round, toResearcher: true, cancellationToken),
            ProcessActivityNames.RouteToChiefStatistician => await RouteAsync(loaded, round, toResearcher: false, cancellationToken),
            ProcessActivityNames.IssueApprovalLetter or ProcessActivityNames.IssueRefusalLetter =>
                await letters.IssueAsync(loaded, context.Round, cancellationToken),
            ProcessActivityNames.IssueExtensionLetter or ProcessActivityNames.IssueExtensionRefusalLetter =>
                await extensionLetters.IssueAsync(loaded, round, cancellationToken),
            ProcessActivityNames.RemindChiefStatistician => await lifecycle.RemindChiefStatisticianAsync(id, round, cancellationToken),
            ProcessActivityNames.EscalateDecision => await lifecycle.EscalateDecisionAsync(id, round, cancellationToken),
            ProcessActivityNames.RemindResubmission => await lifecycle.RemindResubmissionAsync(id, round, cancellationToken),
            ProcessActivityNames.LapseApplication => await lifecycle.LapseAsync(id, round, cancellationToken),
            ProcessActivityNames.RemindReleaseEnding => await lifecycle.RemindReleaseEndingAsync(id, round, cancellationToken),
            // At the end date, even while an extension is undecided: the request lapses with the release.
            ProcessActivityNames.ExpireRelease or ProcessActivityNames.ExpireReleaseDuringExtension => await lifecycle.ExpireAsync(id, cancellationToken),
            ProcessActivityNames.FlagDestructionOverdue => await lifecycle.FlagDestructionOverdueAsync(id, cancellationToken),
            // The withdrawn and destruction_confirmed events already exist (the researcher's command wrote them): these
            // nodes are where notifications hang, with nothing further to record.
            ProcessActivityNames.AcknowledgeWithdrawal or ProcessActivityNames.CloseRelease => ProcessOutcomes.Done,
            _ => throw new InvalidOperationException($"Unknown activity '{context.Activity}'."),
        };
    }

    private async Task<string> RouteAsync(LoadedApplication loaded, int round, bool toResearcher, CancellationToken ct)
    {
        for (var state = loaded.State; ; )
        {
            var outcome = ApplicationDecider.Route(state, round, toResearcher);
            if (!outcome.Succeeded) throw new InvalidOperationException(outcome.Message);
            if ((await store.AppendAsync(loaded.Id, state, outcome.Events, Actor.Workflow, ct: ct)).Appended) return ProcessOutcomes.Done;
            // Someone appended meanwhile (a withdrawal, or this step running twice): decide again on what stands.
            state = (await store.LoadAsync(loaded.Id, ct))!.State;
        }
    }

    private async Task<string> ScreenAsync(LoadedApplication loaded, int round, CancellationToken ct)
    {
        var state = loaded.State;
        if (state.Round == round && state.Screening is { } existing) return existing.Overall;
        // Withdrawn before screening ran: record nothing. The instance goes on to the resubmission wait, where version 2
        // takes the stored "withdrawn" signal and ends; a version 1 instance (no withdrawal path) stays parked there,
        // and the domain events (the record) show the withdrawal.
        if (state.Status == ApplicationStatus.Withdrawn) return Outcomes.Incomplete;

        // An extension is screened as the law stands when it was requested, on the application amended with the new end date.
        var on = state.IsExtensionRound ? state.PendingExtension!.RequestedOn : state.SubmittedOn ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var result = screening.Screen(state.SubmittedForm ?? state.Form, on);
        var outcome = ApplicationDecider.RecordScreening(state, round, result);
        if (!outcome.Succeeded) throw new InvalidOperationException(outcome.Message);
        if (await store.AppendAsync(loaded.Id, state, outcome.Events, Actor.Workflow, ct: ct) == AppendResult.Conflict)
        {
            // Someone else appended meanwhile (a withdrawal, or this step running twice): re-read and report what stands.
            var again = await store.LoadAsync(loaded.Id, ct);
            return again?.State.Screening?.Overall ?? throw new InvalidOperationException("Screening could not be recorded.");
        }
        return result.Overall;
    }
}
