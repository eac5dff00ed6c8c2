using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Process;
using ResearchRelease.Workflow;

namespace ResearchRelease.Web.Applications;

/// <summary>
/// The researcher's and Chief Statistician's commands, shared by the pages and the JSON API:
/// load → decide (pure domain) → append with outbox → deliver the outbox after commit.
/// </summary>
public sealed class ApplicationService(
    ApplicationStore store,
    OutboxDispatcher dispatcher,
    Features.Deputies.DesignationService designations,
    Attachments.AttachmentStore attachments,
    TimeProvider clock,
    IReleaseProcess process,
    ILogger<ApplicationService> logger
)
{
    public async Task<(Guid Id, string Reference)?> CreateDraftAsync(Actor actor, ApplicationForm form, CancellationToken ct)
    {
        // A reference collision is astronomically rare but would fail the unique index: try again with a new one.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var id = Guid.NewGuid();
            var reference = ReferenceGenerator.Next(clock.GetUtcNow());
            var outcome = ApplicationDecider.Draft(actor, reference, form);
            if (!outcome.Succeeded)
                return null;
            if ((await store.AppendAsync(id, ApplicationState.Empty, outcome.Events, actor, ct: ct)).Appended)
                return (id, reference);
        }
        throw new InvalidOperationException("Could not allocate a unique application reference.");
    }

    public Task<ServiceResult> UpdateDraftAsync(Actor actor, Guid id, ApplicationForm form, int? expectedVersion, CancellationToken ct) =>
        RunAsync(id, actor, state => ApplicationDecider.UpdateDraft(state, actor, form, expectedVersion), (_, _) => [], ct);

    /// <summary>
    /// Submits from the pages and the API alike, with the attachments as they stand, so both refuse the same. A first
    /// submission starts its process, and runs its first pass (screening and routing), in the same transaction as its
    /// events: all of it stands or none does. A resubmission signals the process that already waits for it, through the
    /// outbox.
    /// </summary>
    public async Task<ServiceResult> SubmitAsync(Actor actor, Guid id, int? expectedVersion, CancellationToken ct)
    {
        var attached = (await attachments.ListAsync(id, ct)).Select(a => a.Kind).ToList();
        Func<ApplicationState?, CommandOutcome> submit = state =>
            ApplicationDecider.Submit(state, actor, Today(), expectedVersion, attached);
        var loaded = await store.LoadAsync(id, ct);
        var outcome = submit(loaded?.State);
        if (!outcome.Succeeded || !outcome.Events.OfType<ApplicationSubmitted>().Any(s => s.Round == 1))
            return await RunAsync(id, actor, submit, (_, events) => SubmissionMessages(events), ct, loaded);

        IPreparedStart? start = null;
        var itsProcess = new EnclosedWork(
            async c => start = await process.PrepareStartAsync(id, c),
            (transaction, c) => start!.WriteWithinAsync(transaction, c)
        );
        var appended = await store.AppendAsync(id, loaded!.State, outcome.Events, actor, enclosed: itsProcess, ct: ct);
        if (appended.State is not { } after)
            return ServiceResult.Changed;
        if (!start!.RunAfterCommit)
            return ServiceResult.Ok(after);
        try
        {
            await process.RunNowAsync(id);
        }
        catch (Exception ex)
        {
            // The submission and its process stand; the process's claim lapses and a poller runs it.
            logger.LogWarning(ex, "Application {ApplicationId}: its process was not run with the submission; a poller will.", id);
        }
        return ServiceResult.Ok(after);
    }

    /// <summary>Withdrawal before a decision. A draft has no process yet, so only a submitted application's process is told.</summary>
    public Task<ServiceResult> WithdrawAsync(Actor actor, Guid id, string? reason, CancellationToken ct) =>
        RunAsync(
            id,
            actor,
            state => ApplicationDecider.Withdraw(state, actor, reason),
            (_, events) =>
                events.OfType<ApplicationWithdrawn>().Where(w => w.Round > 0).Select(w => Signal(w.Round, ProcessSignals.Withdrawn)),
            ct
        );

    /// <summary>
    /// Decides the open round: the application's decision, or an extension's (signalled as extension-decided).
    /// A deputy's authority is read from the designation log now, not from the sign-in: a revocation counts at once.
    /// </summary>
    public async Task<ServiceResult> DecideAsync(Actor actor, Guid id, DecisionRequest request, CancellationToken ct)
    {
        var designation = await designations.StandingOfAsync(actor, ct);
        return await RunAsync(
            id,
            actor,
            state => ApplicationDecider.Decide(state, actor, request, Today(), designation),
            (before, events) =>
                events
                    .OfType<DecisionRecorded>()
                    .Select(d =>
                        Signal(d.Round, before.IsExtensionRound ? ProcessSignals.ExtensionDecided : ProcessSignals.Decided, d.Outcome)
                    ),
            ct
        );
    }

    /// <summary>The extension is screened and decided in the next round; the process is told in the current one, where it waits.</summary>
    public Task<ServiceResult> RequestExtensionAsync(
        Actor actor,
        Guid id,
        DateOnly? newEndDate,
        string? justification,
        CancellationToken ct
    ) =>
        RunAsync(
            id,
            actor,
            state => LifecycleDecider.RequestExtension(state, actor, newEndDate, justification, Today()),
            (_, events) => events.OfType<ExtensionRequested>().Select(x => Signal(x.Round - 1, ProcessSignals.ExtensionRequested)),
            ct
        );

    public Task<ServiceResult> ConfirmDestructionAsync(
        Actor actor,
        Guid id,
        string? method,
        DateOnly? destroyedOn,
        bool declared,
        CancellationToken ct
    ) =>
        RunAsync(
            id,
            actor,
            state => LifecycleDecider.ConfirmDestruction(state, actor, method, destroyedOn, declared, Today()),
            (_, events) => events.OfType<DestructionConfirmed>().Select(d => Signal(d.Round, ProcessSignals.DestructionConfirmed)),
            ct
        );

    /// <summary>An output of the release, for the public register; the process is not told (nothing waits for it).</summary>
    public Task<ServiceResult> ReportOutputAsync(Actor actor, Guid id, string? title, string? link, CancellationToken ct) =>
        RunAsync(id, actor, state => OutputRules.Report(state, actor, title, link), (_, _) => [], ct);

    private static OutboxMessage Signal(int round, string signal, string? payload = null) =>
        new()
        {
            Kind = OutboxKinds.Signal,
            Round = round,
            Signal = signal,
            Payload = payload,
        };

    // The workflow waits for the resubmission under the key of the round that was sent back.
    private static IEnumerable<OutboxMessage> SubmissionMessages(IReadOnlyList<ApplicationEvent> events) =>
        events
            .OfType<ApplicationSubmitted>()
            .Where(s => s.Round > 1)
            .Select(s => new OutboxMessage
            {
                Kind = OutboxKinds.Signal,
                Round = s.Round - 1,
                Signal = ProcessSignals.Resubmitted,
                Payload = "resubmitted",
            });

    private async Task<ServiceResult> RunAsync(
        Guid id,
        Actor actor,
        Func<ApplicationState?, CommandOutcome> decide,
        Func<ApplicationState, IReadOnlyList<ApplicationEvent>, IEnumerable<OutboxMessage>> outbox,
        CancellationToken ct,
        LoadedApplication? alreadyLoaded = null
    )
    {
        var loaded = alreadyLoaded ?? await store.LoadAsync(id, ct);
        var outcome = decide(loaded?.State);
        if (!outcome.Succeeded)
            return ServiceResult.From(outcome);
        var messages = outbox(loaded!.State, outcome.Events).ToList();
        var appended = await store.AppendAsync(id, loaded.State, outcome.Events, actor, messages, ct: ct);
        if (appended.State is not { } after)
            return ServiceResult.Changed;
        await dispatcher.DeliverNowAsync(messages);
        return ServiceResult.Ok(after);
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
