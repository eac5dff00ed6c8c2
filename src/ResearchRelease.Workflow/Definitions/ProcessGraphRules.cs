namespace ResearchRelease.Workflow.Definitions;

/// <summary>
/// Rules about the graph as a whole. Assumes every target exists (checked per node first).
/// </summary>
/// <remarks>
/// Activities are idempotent per (application, round, activity), so within one round no activity may
/// run twice: the second would be taken for a repeat of the first. Hence every loop must pass a wait
/// that advances the round. Signals are stored once per (signal, round) and each is consumed once, so
/// two waits of a round may both accept one (e.g. a withdrawal): whichever is waiting takes it.
/// </remarks>
internal static class ProcessGraphRules
{
    public static IEnumerable<string> Validate(ProcessDefinition definition)
    {
        var reachable = Reach(definition.Start, id => definition.Nodes[id].Targets);
        foreach (var id in definition.Nodes.Keys.Where(id => !reachable.Contains(id)))
        {
            yield return $"node '{id}' cannot be reached from the start node '{definition.Start}'";
        }

        var ends = definition.Nodes.Where(n => n.Value.Type == ProcessNodeTypes.End).Select(n => n.Key).ToList();
        if (ends.Count == 0)
        {
            yield return "has no end node";
            yield break;
        }

        var predecessors = definition
            .Nodes.SelectMany(n => n.Value.Targets.Select(t => (From: n.Key, To: t)))
            .ToLookup(e => e.To, e => e.From, StringComparer.Ordinal);
        var canFinish = ends.SelectMany(end => Reach(end, id => predecessors[id])).ToHashSet(StringComparer.Ordinal);
        foreach (var id in reachable.Where(id => !canFinish.Contains(id)).Order(StringComparer.Ordinal))
        {
            yield return $"node '{id}': no end node can be reached from it";
        }

        foreach (var error in SameRoundRules(definition))
        {
            yield return error;
        }
    }

    private static IEnumerable<string> SameRoundRules(ProcessDefinition definition)
    {
        // Edges within one round: leaving a wait that advances the round starts a new one.
        IEnumerable<string> SameRoundTargets(string id) => definition.Nodes[id].SameRoundTargets;

        var loop = FindLoop(definition.Nodes.Keys, SameRoundTargets);
        if (loop is not null)
        {
            yield return $"nodes {string.Join(" -> ", loop.Select(id => $"'{id}'"))} form a loop within one round: "
                + "every loop must pass a wait node with \"advancesRound\": true";
            yield break;
        }

        foreach (var (id, node) in definition.Nodes)
        {
            var later = Reach(id, SameRoundTargets);
            later.Remove(id);
            foreach (var other in later.Order(StringComparer.Ordinal))
            {
                var otherNode = definition.Nodes[other];
                foreach (var activity in ActivitiesOf(node).Intersect(ActivitiesOf(otherNode), StringComparer.Ordinal))
                {
                    yield return $"nodes '{id}' and '{other}' both run activity '{activity}' in the same round";
                }
            }
        }
    }

    /// <summary>The node's own activity and those of its timers.</summary>
    private static IEnumerable<string> ActivitiesOf(ProcessNode node) =>
        new[] { node.Activity }.Concat((node.Timers ?? []).Select(t => t.Activity)).OfType<string>();

    private static HashSet<string> Reach(string from, Func<string, IEnumerable<string>> next)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        var pending = new Stack<string>([from]);
        while (pending.TryPop(out var id))
        {
            foreach (var target in next(id).Where(seen.Add))
            {
                pending.Push(target);
            }
        }

        return seen;
    }

    /// <summary>A cycle as a list of node ids (first repeated at the end), or null when there is none.</summary>
    private static List<string>? FindLoop(IEnumerable<string> nodes, Func<string, IEnumerable<string>> next)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();

        List<string>? Visit(string id)
        {
            var onPath = path.IndexOf(id);
            if (onPath >= 0)
            {
                return [.. path[onPath..], id];
            }

            if (!done.Add(id))
            {
                return null;
            }

            path.Add(id);
            foreach (var target in next(id))
            {
                if (Visit(target) is { } loop)
                {
                    return loop;
                }
            }

            path.RemoveAt(path.Count - 1);
            return null;
        }

        return nodes.Select(Visit).FirstOrDefault(loop => loop is not null);
    }
}
