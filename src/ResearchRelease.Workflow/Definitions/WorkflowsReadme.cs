using System.Text.RegularExpressions;

namespace ResearchRelease.Workflow.Definitions;

/// <summary>
/// Keeps the Mermaid diagrams in workflows/README.md equal to <see cref="ProcessDiagram.Mermaid"/> of each
/// definition. Each diagram follows a marker comment naming its definition version; the prose around it is
/// written by people and left alone. A version without a marker gets a new section before
/// "## How a file is written" (or at the end).
/// </summary>
public static partial class WorkflowsReadme
{
    /// <summary>The command that rewrites the README; test failures quote it.</summary>
    public const string FixCommand = "dotnet run --project src/ResearchRelease.Web -- diagram";

    private const string InsertBefore = "## How a file is written";

    public static string Marker(ProcessDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return $"<!-- diagram of {definition.Id}.v{definition.Version}, generated from the JSON by `{FixCommand}`: do not edit by hand -->";
    }

    /// <summary>The README with every definition's diagram block regenerated; unchanged when already up to date.</summary>
    public static string Regenerate(string readme, IEnumerable<ProcessDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(readme);
        ArgumentNullException.ThrowIfNull(definitions);
        var text = readme.ReplaceLineEndings("\n");
        foreach (var definition in definitions.OrderBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Version))
        {
            var block = $"{Marker(definition)}\n```mermaid\n{ProcessDiagram.Mermaid(definition)}```\n";
            var marker = Marker(definition);
            var at = text.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                var fence = FencedBlock().Match(text, at + marker.Length);
                var end = fence.Success && fence.Index == at + marker.Length ? fence.Index + fence.Length : at + marker.Length + 1;
                text = string.Concat(text.AsSpan(0, at), block, text.AsSpan(Math.Min(end, text.Length)));
                continue;
            }

            var section = $"## {definition.Id}, version {definition.Version}: diagram\n\n{block}\n";
            var before = text.IndexOf(InsertBefore, StringComparison.Ordinal);
            text = before >= 0 ? text.Insert(before, section) : text.TrimEnd('\n') + "\n\n" + section;
        }

        return text;
    }

    /// <summary>The fenced mermaid block right after a marker (its newline included).</summary>
    [GeneratedRegex("\\G\\n```mermaid\\n.*?```\\n", RegexOptions.Singleline)]
    private static partial Regex FencedBlock();
}
