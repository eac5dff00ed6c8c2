using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Workflow;
using ResearchRelease.Workflow.Definitions;

namespace ResearchRelease.Web.Features.Operations;

/// <summary>
/// Each published definition version as a diagram (Mermaid, drawn in the browser) and as a table of the same nodes and
/// arrows, which is the text equivalent and all there is without JavaScript. Read-only.
/// </summary>
public sealed class ProcessModel(IReleaseProcess process) : PageModel
{
    public IReadOnlyList<ProcessDefinition> Definitions { get; private set; } = [];

    public void OnGet() =>
        Definitions = process.PublishedDefinitions().OrderBy(d => d.Id, StringComparer.Ordinal).ThenByDescending(d => d.Version).ToList();

    public static string KindOf(ProcessNode node) =>
        node.Type switch
        {
            ProcessNodeTypes.Activity => "Activity",
            ProcessNodeTypes.Wait => "Wait",
            ProcessNodeTypes.End => "End",
            _ => node.Type,
        };

    /// <summary>An arrow's condition in the table, from its label in <see cref="ProcessWords"/>.</summary>
    public static string Condition(DiagramEdge edge) =>
        edge.Kind switch
        {
            DiagramEdgeKind.Outcome => $"If the result is “{edge.Label}”",
            DiagramEdgeKind.Payload => $"On “{edge.Label}”",
            DiagramEdgeKind.Timer => edge.Label ?? "",
            _ => "Then",
        };
}
