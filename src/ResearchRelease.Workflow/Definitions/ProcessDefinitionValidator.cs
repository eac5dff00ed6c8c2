using System.Text.RegularExpressions;

namespace ResearchRelease.Workflow.Definitions;

/// <summary>
/// Checks one definition: its header, each node on its own, then the graph as a whole
/// (<see cref="ProcessGraphRules"/>). Returns every problem found, each naming the file and node.
/// </summary>
public static partial class ProcessDefinitionValidator
{
    public static IReadOnlyList<string> Validate(ProcessDefinition definition)
    {
        var file = string.IsNullOrEmpty(definition.SourceFile) ? "(definition)" : Path.GetFileName(definition.SourceFile);
        var errors = new List<string>();
        void Error(string message) => errors.Add($"{file}: {message}");

        ValidateHeader(definition, file, Error);
        ValidateDeclarations(definition, Error);
        foreach (var (id, node) in definition.Nodes)
        {
            NodeRules.Validate(definition, id, node, message => Error($"node '{id}': {message}"));
        }

        var timerIds = definition.Nodes.Values.SelectMany(n => n.Timers ?? []).Select(t => t.Id);
        foreach (var duplicate in timerIds.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            Error($"timer id '{duplicate.Key}' is used on more than one node (ids key configuration overrides)");
        }

        if (errors.Count == 0)
        {
            // The graph rules assume every target exists, so they run only on a sound structure.
            errors.AddRange(ProcessGraphRules.Validate(definition).Select(message => $"{file}: {message}"));
        }

        return errors;
    }

    private static void ValidateHeader(ProcessDefinition definition, string file, Action<string> error)
    {
        if (!IdPattern().IsMatch(definition.Id))
        {
            error($"id '{definition.Id}' must be lower-case letters, digits and hyphens");
        }

        if (definition.Version < 1)
        {
            error($"version must be 1 or more (found {definition.Version})");
        }

        if (string.IsNullOrWhiteSpace(definition.Title))
        {
            error("title is missing");
        }

        var expectedFile = $"{definition.Id}.v{definition.Version}.json";
        if (!string.IsNullOrEmpty(definition.SourceFile) && !string.Equals(file, expectedFile, StringComparison.Ordinal))
        {
            error($"the file must be named '{expectedFile}' after its id and version");
        }

        if (definition.Nodes.Count == 0)
        {
            error("has no nodes");
        }
        else if (string.IsNullOrEmpty(definition.Start))
        {
            error("start is missing");
        }
        else if (!definition.Nodes.ContainsKey(definition.Start))
        {
            error($"start node '{definition.Start}' does not exist");
        }
    }

    private static void ValidateDeclarations(ProcessDefinition definition, Action<string> error)
    {
        foreach (var (name, activity) in definition.Activities)
        {
            CheckValues($"activity '{name}'", "outcome", activity.Outcomes, error);
        }

        foreach (var (name, signal) in definition.Signals)
        {
            CheckValues($"signal '{name}'", "payload", signal.Payloads, error);
        }
    }

    private static void CheckValues(string owner, string kind, IReadOnlyList<string> values, Action<string> error)
    {
        if (values.Any(string.IsNullOrWhiteSpace))
        {
            error($"{owner} declares an empty {kind}");
        }

        foreach (var duplicate in values.GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            error($"{owner} declares {kind} '{duplicate.Key}' twice");
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();
}
