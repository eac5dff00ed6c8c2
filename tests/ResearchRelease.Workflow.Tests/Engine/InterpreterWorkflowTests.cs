using ResearchRelease.Workflow.Definitions;
using ResearchRelease.Workflow.Engine;
using ResearchRelease.Workflow.Tests.Support;
using WorkflowCore.Models;
using WorkflowCore.Primitives;
using WorkflowCore.Services;

namespace ResearchRelease.Workflow.Tests.Engine;

/// <summary>The WorkflowCore workflow each definition version is registered as.</summary>
public sealed class InterpreterWorkflowTests
{
    public static TheoryData<string, int> Versions()
    {
        var data = new TheoryData<string, int>();
        foreach (var definition in ProcessDefinitionLoader.LoadFolder(DefinitionFiles.Folder).All)
            data.Add(definition.Id, definition.Version);
        return data;
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void The_loop_reads_its_condition_without_compiling_an_expression_at_each_pass(string id, int version)
    {
        var loop = LoopOf(id, version);

        // WorkflowCore's MemberMapParameter compiles expression trees each time it assigns; nothing else does.
        Assert.DoesNotContain(loop.Inputs, input => input is MemberMapParameter);
        Assert.True(Condition(loop, new ProcessData { Finished = false }));
        Assert.False(Condition(loop, new ProcessData { Finished = true }));
    }

    private static WorkflowStep LoopOf(string id, int version)
    {
        var definition = ProcessDefinitionLoader.LoadFolder(DefinitionFiles.Folder).All.Single(d => d.Id == id && d.Version == version);
        var builder = new WorkflowBuilder<ProcessData>([]);
        new InterpreterWorkflow(definition, TimeSpan.FromSeconds(1)).Build(builder);
        return Assert.Single(builder.Build(id, version).Steps, s => s.BodyType == typeof(While));
    }

    private static bool Condition(WorkflowStep loop, ProcessData data)
    {
        var body = new While();
        foreach (var input in loop.Inputs)
            input.AssignInput(data, body, null!);
        return body.Condition;
    }
}
