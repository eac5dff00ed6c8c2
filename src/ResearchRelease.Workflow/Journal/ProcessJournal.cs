using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ResearchRelease.Workflow.Definitions;
using ResearchRelease.Workflow.Engine;
using ResearchRelease.Workflow.Persistence;
using ResearchRelease.Workflow.Persistence.Entities;
using WorkflowCore.Interface;

namespace ResearchRelease.Workflow.Journal;

/// <summary>
/// Writes wf_journal: what the interpreter did with each instance (nodes entered and left, waits, signals,
/// timers, failures, suspensions) and what operators did to it. It is a diagnostic log, not the record.
/// </summary>
/// <remarks>
/// WorkflowCore runs a step at least once: a step may run again after a crash before its result was
/// persisted. Progress entries are keyed by execution pointer (one per loop iteration; the same pointer
/// when a step is re-run or retried), so a repeat is written once. Failures and operator actions are not
/// keyed: each occurrence is a real execution or a real decision. The engine's writes are best effort: a
/// journal that cannot be written is logged, and never fails the step it describes.
/// </remarks>
/// <remarks>
/// During a pass (<see cref="Engine.InstancePass"/>) the engine's entries are kept, and the pass's save writes them in
/// one statement in the transaction that saves the instance (<see cref="JournalRows"/>): a pass through screening,
/// routing and the wait made six small transactions of its own, a fifth of the CPU of a burst.
/// </remarks>
internal sealed class ProcessJournal(WorkflowStoreContextFactory contexts, TimeProvider clock, ILogger<ProcessJournal> logger)
{
    private readonly ConcurrentDictionary<string, List<StoredJournalEntry>> _passes = new(StringComparer.Ordinal);

    /// <summary>From now until <see cref="EndPass"/>, the engine's entries for this instance are kept, not written.</summary>
    public void BeginPass(string workflowId) => _passes[workflowId] = [];

    /// <summary>The entries kept since <see cref="BeginPass"/>, for the pass's save to write with the instance.</summary>
    public IReadOnlyList<StoredJournalEntry> EndPass(string workflowId) => _passes.TryRemove(workflowId, out var rows) ? rows : [];

    public Task NodeEnteredAsync(IStepExecutionContext context, string nodeId, ProcessNode node) =>
        EngineWriteAsync(context, JournalKinds.NodeEntered, nodeId, Describe(node), keyed: true);

    /// <param name="outcome">The activity outcome or signal payload that chose <paramref name="target"/>.</param>
    public Task NodeLeftAsync(IStepExecutionContext context, string nodeId, string? outcome, string target) =>
        EngineWriteAsync(
            context,
            JournalKinds.NodeLeft,
            nodeId,
            string.IsNullOrEmpty(outcome) || outcome == "done" ? $"→ {target}" : $"{outcome} → {target}",
            keyed: true
        );

    /// <summary>A wait node subscribed to its signal(s); <paramref name="signals"/> is what it waits for, in words.</summary>
    public Task WaitingAsync(IStepExecutionContext context, string nodeId, string signals) =>
        EngineWriteAsync(context, JournalKinds.Waiting, nodeId, $"waiting for {signals}", keyed: true);

    public Task SignalReceivedAsync(IStepExecutionContext context, string nodeId, string signal, string? payload) =>
        EngineWriteAsync(
            context,
            JournalKinds.SignalReceived,
            nodeId,
            string.IsNullOrEmpty(payload) ? signal : $"{signal}: {payload}",
            keyed: true
        );

    /// <summary>For the lead's timers: a timer on a wait node fired (once per timer per node visit).</summary>
    /// <param name="timer">The timer's name or period as the definition gives it, e.g. "remind after 10 working days".</param>
    /// <param name="activity">The activity the timer runs, or null when it only moves on.</param>
    public Task TimerFiredAsync(IStepExecutionContext context, string nodeId, string timer, string? activity) =>
        EngineWriteAsync(
            context,
            JournalKinds.TimerFired,
            nodeId,
            activity is null ? timer : $"{timer}: runs {activity}",
            keyed: true,
            discriminator: timer
        );

    public Task ActivityFailedAsync(
        IStepExecutionContext context,
        string nodeId,
        string activity,
        int attempt,
        int maxAttempts,
        Exception error
    ) =>
        EngineWriteAsync(
            context,
            JournalKinds.ActivityFailed,
            nodeId,
            $"{activity} failed (attempt {attempt} of {maxAttempts}{(attempt < maxAttempts ? ", will retry" : "")}): {error.Message}",
            keyed: false
        );

    public Task SuspendedAsync(IStepExecutionContext context, string nodeId, string reason) =>
        EngineWriteAsync(context, JournalKinds.Suspended, nodeId, reason, keyed: false);

    public Task EndedAsync(IStepExecutionContext context, string nodeId) =>
        EngineWriteAsync(context, JournalKinds.Ended, nodeId, $"finished at {nodeId}", keyed: true);

    /// <summary>An operator's action; unlike the engine's entries this one must be written, so failures surface.</summary>
    public async Task OperatorAsync(
        Guid applicationId,
        string? workflowId,
        string kind,
        string? node,
        int round,
        string actor,
        string? detail,
        CancellationToken cancellationToken
    )
    {
        await using var db = contexts.CreateDbContext();
        db.Journal.Add(Row(applicationId, workflowId, round, node, kind, detail, actor, dedupeKey: null));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<JournalEntry>> ReadAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var id = applicationId.ToString("D");
        await using var db = contexts.CreateDbContext();
        var rows = await db.Journal.AsNoTracking().Where(e => e.ApplicationId == id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        return rows.Select(r => new JournalEntry(UtcTicks.ToUtc(r.OccurredAtUtcTicks), r.Kind, r.Node, r.Round, r.Detail, r.Actor))
            .ToList();
    }

    private async Task EngineWriteAsync(
        IStepExecutionContext context,
        string kind,
        string nodeId,
        string? detail,
        bool keyed,
        string? discriminator = null
    )
    {
        var data = context.Workflow.Data as ProcessData;
        var key = keyed ? $"{context.ExecutionPointer.Id}:{kind}{(discriminator is null ? "" : ":" + discriminator)}" : null;
        var row = Row(data?.ApplicationId ?? Guid.Empty, context.Workflow.Id, data?.Round ?? 0, nodeId, kind, detail, actor: null, key);
        if (_passes.TryGetValue(context.Workflow.Id, out var pass))
        {
            // A step run again within the pass (a retry) keeps its first entry, as the journal's key would.
            if (key is null || !pass.Exists(r => r.DedupeKey == key))
                pass.Add(row);
            return;
        }

        await WriteOneAsync(row, context.CancellationToken);
    }

    private async Task WriteOneAsync(StoredJournalEntry row, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = contexts.CreateDbContext();
            db.Journal.Add(row);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // The same step ran again: this entry is already in the journal.
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not write the {Kind} journal entry for workflow {WorkflowId}", row.Kind, row.WorkflowId);
        }
    }

    private StoredJournalEntry Row(
        Guid applicationId,
        string? workflowId,
        int round,
        string? node,
        string kind,
        string? detail,
        string? actor,
        string? dedupeKey
    ) =>
        new()
        {
            ApplicationId = applicationId.ToString("D"),
            WorkflowId = workflowId,
            Round = round,
            Node = node,
            Kind = kind,
            Detail = detail is { Length: > 4000 } ? detail[..4000] : detail,
            Actor = actor,
            OccurredAtUtcTicks = clock.GetUtcNow().UtcTicks,
            DedupeKey = dedupeKey,
        };

    private static string? Describe(ProcessNode node) =>
        node.Type switch
        {
            ProcessNodeTypes.Activity => $"runs {node.Activity}",
            ProcessNodeTypes.Wait => $"waits for {node.Signal}",
            _ => null,
        };
}
