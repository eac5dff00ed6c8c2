using Microsoft.Extensions.Logging;
using ResearchRelease.Workflow.Definitions;
using ResearchRelease.Workflow.Journal;
using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace ResearchRelease.Workflow.Engine;

/// <summary>
/// The body of the interpreter loop: executes <see cref="ProcessData.CurrentNode"/> and moves on.
/// Constructed from the step's own DI scope, so <see cref="IProcessActivities"/> is scoped per step.
/// </summary>
internal sealed class InterpretNodeStep(
    IProcessActivities activities,
    ProcessDefinitionCatalog catalog,
    ReleaseProcessOptions options,
    ProcessJournal journal,
    ILogger<InterpretNodeStep> logger) : StepBodyAsync
{
    public override async Task<ExecutionResult> RunAsync(IStepExecutionContext context)
    {
        var workflow = context.Workflow;
        var data = workflow.Data as ProcessData
            ?? throw new InvalidOperationException($"Workflow {workflow.Id} carries no {nameof(ProcessData)}.");
        var definition = catalog.Get(workflow.WorkflowDefinitionId, workflow.Version);
        if (!definition.Nodes.TryGetValue(data.CurrentNode, out var node))
        {
            throw new InvalidOperationException(
                $"Workflow {workflow.Id} is at node '{data.CurrentNode}', which {definition.SourceFile} does not define.");
        }

        var nodeId = data.CurrentNode;
        await journal.NodeEnteredAsync(context, nodeId, node);
        switch (node.Type)
        {
            case ProcessNodeTypes.Activity:
                await RunActivityAsync(context, definition, node, data);
                await journal.NodeLeftAsync(context, nodeId, data.LastOutcome, data.CurrentNode);
                return ExecutionResult.Next();

            case ProcessNodeTypes.Wait:
                if (!context.ExecutionPointer.EventPublished)
                {
                    // DateTime.MinValue: a signal stored before this wait subscribed still counts.
                    await journal.WaitingAsync(context, nodeId, node.Signal!);
                    return ExecutionResult.WaitForEvent(
                        SignalEvents.Name(node.Signal!), SignalEvents.Key(data.ApplicationId, data.Round), DateTime.MinValue);
                }

                var payload = context.ExecutionPointer.EventData as string
                    ?? throw new InvalidOperationException($"Signal '{node.Signal}' for workflow {workflow.Id} carried no string payload.");
                await journal.SignalReceivedAsync(context, nodeId, node.Signal!, payload);
                MoveOn(definition, node, data, payload);
                await journal.NodeLeftAsync(context, nodeId, payload, data.CurrentNode);
                if (node.AdvancesRound)
                {
                    data.Round++;
                }

                return ExecutionResult.Next();

            default:
                await journal.EndedAsync(context, nodeId);
                data.Finished = true;
                return ExecutionResult.Next();
        }
    }

    private async Task RunActivityAsync(IStepExecutionContext context, ProcessDefinition definition, ProcessNode node, ProcessData data)
    {
        var activity = node.Activity!;
        var attempt = context.ExecutionPointer.RetryCount + 1;
        try
        {
            var outcome = await activities.RunAsync(new ActivityContext(activity, data.ApplicationId, data.Round), context.CancellationToken);
            MoveOn(definition, node, data, outcome);
        }
        catch (Exception ex) when (!context.CancellationToken.IsCancellationRequested)
        {
            await journal.ActivityFailedAsync(context, data.CurrentNode, activity, attempt, options.MaxActivityAttempts, ex);
            if (attempt < options.MaxActivityAttempts)
            {
                throw;
            }

            // WorkflowCore retries for ever; after the last attempt park the instance for an operator
            // instead. The rethrow still lets the engine persist the error (PersistErrors).
            logger.LogError(ex, "Activity {Activity} for application {ApplicationId} round {Round} failed {Attempts} times; suspending workflow {WorkflowId}",
                activity, data.ApplicationId, data.Round, attempt, context.Workflow.Id);
            context.Workflow.Status = WorkflowStatus.Suspended;
            await journal.SuspendedAsync(context, data.CurrentNode, $"{activity} failed {attempt} times; suspended for an operator");
            throw;
        }
    }

    private static void MoveOn(ProcessDefinition definition, ProcessNode node, ProcessData data, string outcome)
    {
        var target = node.TargetFor(outcome) ?? throw new InvalidOperationException(
            $"{Path.GetFileName(definition.SourceFile)}: node '{data.CurrentNode}' has no transition for outcome '{outcome}'.");
        data.LastOutcome = outcome;
        data.CurrentNode = target;
    }
}
