using ResearchRelease.Workflow.Definitions;
using WorkflowCore.Interface;
using WorkflowCore.Models;
using WorkflowCore.Primitives;

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
        var loop = builder.UseDefaultErrorBehavior(WorkflowErrorHandling.Retry, retryInterval).While(data => !data.Finished);
        // WorkflowCore maps a While's condition with a MemberMapParameter, which compiles two expression trees on every
        // evaluation: eight new methods for the JIT per application, over a quarter of the CPU of a burst. The same
        // assignment as a delegate compiles once. Inputs are not persisted, so instances already running are unaffected.
        var loopStep = ((IStepBuilder<ProcessData, While>)loop).Step;
        loopStep.Inputs.Clear();
        loopStep.Inputs.Add(new ActionParameter<While, ProcessData>((step, data) => step.Condition = !data.Finished));
        loop.Do(body => body.StartWith<InterpretNodeStep>().OnError(WorkflowErrorHandling.Retry, retryInterval));
    }
}
