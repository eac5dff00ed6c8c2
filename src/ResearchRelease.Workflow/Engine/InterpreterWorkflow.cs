using ResearchRelease.Workflow.Definitions;
using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace ResearchRelease.Workflow.Engine;

/// <summary>
/// The WorkflowCore workflow for one definition version: a loop that interprets the current node,
/// not a step per node. The graph lives in the definition file; the engine only persists
/// <see cref="ProcessData"/> between iterations.
/// </summary>
/// <remarks>
/// A While around the body (rather than Branch/jumps) because Branch() renumbers steps, and a
/// return to screening is then a plain next iteration with <see cref="ProcessData.CurrentNode"/>
/// set back to "screen".
/// </remarks>
internal sealed class InterpreterWorkflow(ProcessDefinition definition, TimeSpan retryInterval) : IWorkflow<ProcessData>
{
    public string Id => definition.Id;

    public int Version => definition.Version;

    public void Build(IWorkflowBuilder<ProcessData> builder)
    {
        builder
            .UseDefaultErrorBehavior(WorkflowErrorHandling.Retry, retryInterval)
            .While(data => !data.Finished)
            .Do(body => body
                .StartWith<InterpretNodeStep>()
                .OnError(WorkflowErrorHandling.Retry, retryInterval));
    }
}
