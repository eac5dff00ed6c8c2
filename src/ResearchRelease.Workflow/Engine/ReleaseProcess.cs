using Microsoft.EntityFrameworkCore;
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
    ProcessJournal journal,
    ProcessOperations operations) : IReleaseProcess
{
    public Task EnsureReadyAsync(CancellationToken cancellationToken) => bootstrap.EnsureReadyAsync(cancellationToken);

    public async Task StartAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        await bootstrap.EnsureReadyAsync(cancellationToken);
        var reference = Reference(applicationId);
        if (await store.FindByReferenceAsync(reference, cancellationToken) is not null)
        {
            return;
        }

        var definition = catalog.Latest;
        var data = new ProcessData { ApplicationId = applicationId, CurrentNode = definition.Start };
        try
        {
            await controller.StartWorkflow(definition.Id, definition.Version, data, reference);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // A concurrent start won the unique index on the reference: that instance is the one.
        }
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
        if (await store.EventExistsAsync(name, key, cancellationToken))
        {
            return;
        }

        try
        {
            await controller.PublishEvent(name, key, payload);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // A concurrent delivery of the same signal was stored first.
        }
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
        return new ProcessInstanceView(
            instance.WorkflowDefinitionId,
            instance.Version,
            StatusOf(instance),
            data.CurrentNode,
            data.Round,
            instance.CreateTime,
            instance.CompleteTime);
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

    public async Task<OperatorActionResult> SuspendAsync(Guid applicationId, string actor, string? reason, CancellationToken cancellationToken)
    {
        await bootstrap.EnsureReadyAsync(cancellationToken);
        return await operations.SuspendAsync(applicationId, actor, reason, cancellationToken);
    }

    public async Task<OperatorActionResult> ResumeAsync(Guid applicationId, string actor, string? reason, CancellationToken cancellationToken)
    {
        await bootstrap.EnsureReadyAsync(cancellationToken);
        return await operations.ResumeAsync(applicationId, actor, reason, cancellationToken);
    }

    public async Task<OperatorActionResult> RetryAsync(Guid applicationId, string actor, string? reason, CancellationToken cancellationToken)
    {
        await bootstrap.EnsureReadyAsync(cancellationToken);
        return await operations.RetryAsync(applicationId, actor, reason, cancellationToken);
    }

    private static string Reference(Guid applicationId) => applicationId.ToString("D");

    private static string StatusOf(WorkflowInstance instance) => instance.Status switch
    {
        WorkflowStatus.Runnable when instance.ExecutionPointers.Any(p => p.Status == PointerStatus.WaitingForEvent && !p.EventPublished && p.EndTime is null)
            => ProcessStatus.Waiting,
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
                $"Signal '{signal}' is not declared by '{definition.Id}' version {definition.Version}.", nameof(signal));
        }

        if (declaration.Payloads.Count > 0 && !declaration.Payloads.Contains(payload, StringComparer.Ordinal))
        {
            throw new ArgumentException(
                $"Payload '{payload}' is not one of {string.Join(", ", declaration.Payloads)} for signal '{signal}'.", nameof(payload));
        }
    }
}
