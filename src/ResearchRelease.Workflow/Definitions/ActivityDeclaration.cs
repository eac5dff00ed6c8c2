namespace ResearchRelease.Workflow.Definitions;

/// <summary>An activity the web app implements (see <see cref="IProcessActivities"/>).</summary>
public sealed class ActivityDeclaration
{
    public string? Description { get; init; }

    /// <summary>
    /// The outcomes the activity may return. Empty when the result is ignored, in which case
    /// every node running it must use <see cref="ProcessNode.Next"/>.
    /// </summary>
    public IReadOnlyList<string> Outcomes { get; init; } = [];
}
