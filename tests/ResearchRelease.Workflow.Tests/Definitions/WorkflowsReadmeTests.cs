using ResearchRelease.Workflow.Definitions;
using ResearchRelease.Workflow.Tests.Support;

namespace ResearchRelease.Workflow.Tests.Definitions;

/// <summary>The diagrams in workflows/README.md are generated from the definitions and must not drift from them.</summary>
public sealed class WorkflowsReadmeTests
{
    [Fact]
    public void The_readme_embeds_the_generated_diagram_of_every_definition_version()
    {
        var definitions = ProcessDefinitionLoader.LoadFolder(DefinitionFiles.Folder).All;
        var readme = File.ReadAllText(Path.Combine(DefinitionFiles.Folder, "README.md")).ReplaceLineEndings("\n");

        var regenerated = WorkflowsReadme.Regenerate(readme, definitions);

        Assert.True(
            regenerated == readme,
            $"workflows/README.md's diagrams differ from the definitions. Run `{WorkflowsReadme.FixCommand}` from the repository root and commit the result."
        );
        foreach (var definition in definitions)
        {
            Assert.Contains(
                WorkflowsReadme.Marker(definition) + "\n```mermaid\n" + ProcessDiagram.Mermaid(definition) + "```",
                readme,
                StringComparison.Ordinal
            );
        }
    }

    [Fact]
    public void Regenerating_replaces_a_stale_diagram_and_adds_a_missing_one_leaving_the_prose()
    {
        var v1 = ProcessDefinitionLoader.Parse(DefinitionFiles.V1Json, DefinitionFiles.V1Path);
        var stale =
            $"# Title\n\nProse.\n\n{WorkflowsReadme.Marker(v1)}\n```mermaid\nflowchart TD\n    a --> b\n```\n\nMore prose.\n\n## How a file is written\n\nRules.\n";

        var once = WorkflowsReadme.Regenerate(stale, [v1]);
        var fresh = WorkflowsReadme.Regenerate("# Title\n\n## How a file is written\n\nRules.\n", [v1]);

        Assert.DoesNotContain("a --> b", once, StringComparison.Ordinal);
        Assert.Contains(ProcessDiagram.Mermaid(v1), once, StringComparison.Ordinal);
        Assert.StartsWith("# Title\n\nProse.\n\n", once, StringComparison.Ordinal);
        Assert.EndsWith("```\n\nMore prose.\n\n## How a file is written\n\nRules.\n", once, StringComparison.Ordinal);
        Assert.Equal(once, WorkflowsReadme.Regenerate(once, [v1]));
        Assert.Contains("## research-release, version 1: diagram\n\n" + WorkflowsReadme.Marker(v1), fresh, StringComparison.Ordinal);
        Assert.True(
            fresh.IndexOf("```mermaid", StringComparison.Ordinal) < fresh.IndexOf("## How a file is written", StringComparison.Ordinal)
        );
    }
}
