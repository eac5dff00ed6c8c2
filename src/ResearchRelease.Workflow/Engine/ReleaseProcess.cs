using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ResearchRelease.Workflow.Definitions;
using ResearchRelease.Workflow.Journal;
using ResearchRelease.Workflow.Persistence;
using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace ResearchRelease.Workflow.Engine;

/// <summary>The <see cref="IReleaseProcess"/> port on WorkflowCore.</summary>
internal sealed class ReleaseProcess(
    EngineBootstrap bootstrap,
    ProcessDefinitionCatalog catalog,
    IWorkflowController controller,
    EfPersistenceProvider store,
    IQueueProvider queue,
    ProcessJournal journal,
    ProcessOperations operations,
    ImmediatePass immediate,
    ReleaseProcessOptions options
) : IReleaseProcess
{
    /// <summary>
    /// The instance each start or signal has just found or created, for the <see cref="RunNowAsync"/> that the caller
    /// makes next, so that it does not look the reference up again. Taken once; bounded, as a caller may not run it now.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _handedOver = new(StringComparer.Ordinal);

    private const int MaxHandedOver = 1024;

    public Task EnsureReadyAsync(CancellationToken cancellationToken) => bootstrap.EnsureReadyAsync(cancellationToken);

    public Task StartAsync(Guid applicationId, CancellationToken cancellationToken) =>
        StartAsync(catalog.Latest, applicationId, 1, cancellationToken);

    public Task StartAsync(string definitionId, Guid subjectId, int round, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(round, 1);
        var definition = catalog.Definitions.Latest(definitionId)
            ?? throw new ArgumentException($"No process definition '{definitionId}' is loaded.", nameof(definitionId));
        return StartAsync(definition, subjectId, round, cancellationToken);
    }

    private async Task StartAsync(ProcessDefinition definition, Guid applicationId, int round, CancellationToken cancellationToken)
    {
        await bootstrap.EnsureReadyAsync(cancellationToken);
        var reference = Reference(applicationId);
        if (await store.FindIdByReferenceAsync(reference, cancellationToken) is { } existing)
        {
            HandOver(reference, existing);
            return;
        }

        var data = new ProcessData
        {
            ApplicationId = applicationId,
            CurrentNode = definition.Start,
            Round = round,
        };
        try
        {
            using (options.RunSteps ? store.QueuedHereOnCreate() : null)
            {
                HandOver(reference, await controller.StartWorkflow(definition.Id, definition.Version, data, reference));
            }
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // A concurrent start won the unique index on the reference: that instance is the one.
        }
    }

    public async Task<IPreparedStart> PrepareStartAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        await bootstrap.EnsureReadyAsync(cancellationToken);
        var definition = catalog.Latest;
        var reference = Reference(applicationId);
        var data = new ProcessData
        {
            ApplicationId = applicationId,
            CurrentNode = definition.Start,
            Round = 1,
        };
        WorkflowInstance workflow;
        using (var held = store.HoldCreated())
        {
            var id = await controller.StartWorkflow(definition.Id, definition.Version, data, reference);
            workflow = held.Instance ?? throw new InvalidOperationException($"Workflow {id} was written, not held.");
        }

        // A node that runs no steps writes the instance unrun; the store announces it to the nodes that do.
        var pass = options.RunSteps ? await immediate.RunHeldAsync(workflow, cancellationToken) : new HeldPass([], [], DueStill: false);
        return new PreparedStart(pass.DueStill, async (transaction, ct) =>
        {
            await store.InsertRunWithinAsync(workflow, pass.Journal, pass.Errors, claimHere: pass.DueStill, transaction, ct);
            // Handed over before the commit: if the caller's transaction rolls back instead, the caller runs nothing, and
            // the application's next start (the only command that runs it next) hands over its own instance.
            if (pass.DueStill)
                HandOver(reference, workflow.Id);
        });
    }

    private sealed class PreparedStart(bool runAfterCommit, Func<System.Data.Common.DbTransaction, CancellationToken, Task> write)
        : IPreparedStart
    {
        public bool RunAfterCommit => runAfterCommit;

        public Task WriteWithinAsync(System.Data.Common.DbTransaction transaction, CancellationToken cancellationToken) =>
            write(transaction, cancellationToken);
    }

    public async Task SignalAsync(string signal, Guid applicationId, int round, string payload, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(round, 1);
        await bootstrap.EnsureReadyAsync(cancellationToken);
        var instance = await store.FindByReferenceAsync(Reference(applicationId), cancellationToken);
        var definition = instance is null ? catalog.Latest : catalog.Get(instance.WorkflowDefinitionId, instance.Version);
        CheckDeclared(definition, signal, payload);

        var name = SignalEvents.Name(signal);
        var key = SignalEvents.Key(applicationId, round);
        if (!await store.EventExistsAsync(name, key, cancellationToken))
        {
            try
            {
                // Stored as a WorkflowCore event: the waits read these rows, and an instance that still
                // waits with a WaitForEvent subscription (from the first release) is satisfied by it.
                await controller.PublishEvent(name, key, payload);
            }
            catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
            {
                // A concurrent delivery of the same signal was stored first.
            }
        }

        // Woken even when the signal was already stored: a repeat delivery (the outbox after a crash)
        // may be the one that follows a lost wake-up.
        if (instance is not null)
        {
            await WakeAsync(instance.Id, cancellationToken);
            HandOver(Reference(applicationId), instance.Id);
        }
    }

    /// <summary>
    /// Wakes the instance's wait without waiting for any lock: the store counts the wake-up on the instance and makes
    /// it due now, and a run that loads it wakes its sleeping steps. A run already under way when the signal came
    /// cannot save its sleep over the wake-up (the store's PersistWorkflow), so no wake-up is lost and waits need no
    /// periodic recheck.
    /// </summary>
    private async Task WakeAsync(string workflowId, CancellationToken cancellationToken)
    {
        await store.RequestWakeAsync(workflowId, cancellationToken);

        // Run at once on this node; a node that runs no steps drops this, and one that does finds it due in the store.
        await queue.QueueWork(workflowId, QueueType.Workflow);
    }

    public async Task RunNowAsync(Guid applicationId)
    {
        await bootstrap.EnsureReadyAsync(CancellationToken.None);
        var reference = Reference(applicationId);
        var workflowId = _handedOver.TryRemove(reference, out var id)
            ? id
            : await store.FindIdByReferenceAsync(reference, CancellationToken.None);
        if (workflowId is not null)
        {
            await immediate.RunAsync(workflowId);
        }
    }

    private void HandOver(string reference, string workflowId)
    {
        if (_handedOver.Count >= MaxHandedOver)
            _handedOver.Clear();
        _handedOver[reference] = workflowId;
    }

    public async Task<ProcessInstanceView?> FindAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        await bootstrap.EnsureReadyAsync(cancellationToken);
        var instance = await store.FindByReferenceAsync(Reference(applicationId), cancellationToken);
        if (instance is null)
        {
            return null;
        }

        var data = instance.Data as ProcessData ?? new ProcessData();
        var timers = catalog
            .Definitions.Find(instance.WorkflowDefinitionId, instance.Version)
            ?.Nodes.GetValueOrDefault(data.CurrentNode)
            ?.Timers
            ?? [];
        var deadlines = data.Wait is { } wait
            ? wait
                .DueUtc.OrderBy(d => d.Value)
                .Select(d => new ProcessDeadline(d.Key, d.Value, wait.Fired.Contains(d.Key))
                {
                    Activity = timers.FirstOrDefault(t => t.Id == d.Key)?.Activity,
                })
                .ToList()
            : [];
        return new ProcessInstanceView(
            instance.WorkflowDefinitionId,
            instance.Version,
            StatusOf(instance),
            data.CurrentNode,
            data.Round,
            instance.CreateTime,
            instance.CompleteTime
        )
        {
            Deadlines = deadlines,
        };
    }

    public IReadOnlyCollection<ProcessDefinition> PublishedDefinitions() => catalog.Definitions.All;

    public async Task<IReadOnlyList<JournalEntry>> JournalAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        await bootstrap.EnsureReadyAsync(cancellationToken);
        return await journal.ReadAsync(applicationId, cancellationToken);
    }

    public async Task<IReadOnlyList<TroubledInstance>> FindTroubledAsync(TimeSpan waitingLongerThan, CancellationToken cancellationToken)
    {
        await bootstrap.EnsureReadyAsync(cancellationToken);
        return await operations.FindTroubledAsync(waitingLongerThan, cancellationToken);
    }

    public async Task<OperatorActionResult> SuspendAsync(
        Guid applicationId,
        string actor,
        string? reason,
        CancellationToken cancellationToken
    )
    {
        await bootstrap.EnsureReadyAsync(cancellationToken);
        return await operations.SuspendAsync(applicationId, actor, reason, cancellationToken);
    }

    public async Task<OperatorActionResult> ResumeAsync(
        Guid applicationId,
        string actor,
        string? reason,
        CancellationToken cancellationToken
    )
    {
        await bootstrap.EnsureReadyAsync(cancellationToken);
        return await operations.ResumeAsync(applicationId, actor, reason, cancellationToken);
    }

    public async Task<OperatorActionResult> RetryAsync(
        Guid applicationId,
        string actor,
        string? reason,
        CancellationToken cancellationToken
    )
    {
        await bootstrap.EnsureReadyAsync(cancellationToken);
        return await operations.RetryAsync(applicationId, actor, reason, cancellationToken);
    }

    private static string Reference(Guid applicationId) => applicationId.ToString("D");

    private string StatusOf(WorkflowInstance instance) =>
        instance.Status switch
        {
            WorkflowStatus.Runnable when Waiting.Since(instance) is not null => ProcessStatus.Waiting,
            WorkflowStatus.Runnable => ProcessStatus.Running,
            WorkflowStatus.Suspended => ProcessStatus.Suspended,
            WorkflowStatus.Complete => ProcessStatus.Complete,
            _ => ProcessStatus.Terminated,
        };

    /// <summary>
    /// A payload no transition takes would be consumed by the wait and then fail for ever, so it is
    /// refused here, against the version the instance is pinned to.
    /// </summary>
    private static void CheckDeclared(ProcessDefinition definition, string signal, string payload)
    {
        if (!definition.Signals.TryGetValue(signal, out var declaration))
        {
            throw new ArgumentException(
                $"Signal '{signal}' is not declared by '{definition.Id}' version {definition.Version}.",
                nameof(signal)
            );
        }

        if (declaration.Payloads.Count > 0 && !declaration.Payloads.Contains(payload, StringComparer.Ordinal))
        {
            throw new ArgumentException(
                $"Payload '{payload}' is not one of {string.Join(", ", declaration.Payloads)} for signal '{signal}'.",
                nameof(payload)
            );
        }
    }
}
