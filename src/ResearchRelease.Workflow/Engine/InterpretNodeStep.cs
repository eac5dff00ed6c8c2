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
    ActivityRunner activities,
    WaitNodeRunner waits,
    ProcessDefinitionCatalog catalog,
    ProcessJournal journal
) : StepBodyAsync
{
    public override async Task<ExecutionResult> RunAsync(IStepExecutionContext context)
    {
        var workflow = context.Workflow;
        var data =
            workflow.Data as ProcessData
            ?? throw new InvalidOperationException($"Workflow {workflow.Id} carries no {nameof(ProcessData)}.");
        var definition = catalog.Get(workflow.WorkflowDefinitionId, workflow.Version);
        if (!definition.Nodes.TryGetValue(data.CurrentNode, out var node))
        {
            throw new InvalidOperationException(
                $"Workflow {workflow.Id} is at node '{data.CurrentNode}', which {definition.SourceFile} does not define."
            );
        }

        var nodeId = data.CurrentNode;
        await journal.NodeEnteredAsync(context, nodeId, node);
        switch (node.Type)
        {
            case ProcessNodeTypes.Activity:
                var outcome = await activities.RunAsync(context, node.Activity!, data);
                MoveOn(definition, node, data, outcome);
                await journal.NodeLeftAsync(context, nodeId, data.LastOutcome, data.CurrentNode);
                return ExecutionResult.Next();

            case ProcessNodeTypes.Wait when context.ExecutionPointer.EventPublished:
                // An instance that subscribed with WaitForEvent before waits read the stored signals
                // (the first release): its event has arrived, so follow it the same way.
                var signal = context.ExecutionPointer.EventName;
                var payload =
                    context.ExecutionPointer.EventData as string
                    ?? throw new InvalidOperationException($"Signal '{signal}' for workflow {workflow.Id} carried no string payload.");
                await journal.SignalReceivedAsync(context, nodeId, signal, payload);
                WaitNodeRunner.Take(node, data, signal, payload);
                await journal.NodeLeftAsync(context, nodeId, payload, data.CurrentNode);
                return ExecutionResult.Next();

            case ProcessNodeTypes.Wait:
                return await waits.RunAsync(context, nodeId, node, data);

            default:
                await journal.EndedAsync(context, nodeId);
                data.Finished = true;
                return ExecutionResult.Next();
        }
    }

    private static void MoveOn(ProcessDefinition definition, ProcessNode node, ProcessData data, string outcome)
    {
        var target = node.TargetFor(outcome)
            ?? throw new InvalidOperationException(
                $"{Path.GetFileName(definition.SourceFile)}: node '{data.CurrentNode}' has no transition for outcome '{outcome}'."
            );
        data.LastOutcome = outcome;
        data.CurrentNode = target;
    }
}
