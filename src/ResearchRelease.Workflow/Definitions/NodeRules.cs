namespace ResearchRelease.Workflow.Definitions;

/// <summary>The rules each node must meet on its own, by type.</summary>
internal static class NodeRules
{
    public static void Validate(ProcessDefinition definition, string id, ProcessNode node, Action<string> error)
    {
        switch (node.Type)
        {
            case ProcessNodeTypes.Activity:
                ValidateActivity(definition, node, error);
                break;
            case ProcessNodeTypes.Wait:
                ValidateWait(definition, node, error);
                break;
            case ProcessNodeTypes.End:
                if (
                    node.Next is not null
                    || node.Transitions is not null
                    || node.Activity is not null
                    || node.Signal is not null
                    || node.AdvancesRound
                    || node.Signals is not null
                    || node.Timers is not null
                )
                {
                    error("an end node takes no next, transitions, activity, signal(s), timers or advancesRound");
                }

                break;
            default:
                error(
                    $"type '{node.Type}' is not one of '{ProcessNodeTypes.Activity}', '{ProcessNodeTypes.Wait}', '{ProcessNodeTypes.End}'"
                );
                return;
        }

        if (string.IsNullOrWhiteSpace(node.Description))
        {
            error("description is missing (compliance readers rely on it)");
        }

        foreach (var target in node.Targets.Where(t => !definition.Nodes.ContainsKey(t)))
        {
            error($"leads to node '{target}', which does not exist");
        }
    }

    private static void ValidateActivity(ProcessDefinition definition, ProcessNode node, Action<string> error)
    {
        if (node.Signal is not null || node.AdvancesRound || node.Signals is not null || node.Timers is not null)
        {
            error("an activity node takes no signal(s), timers or advancesRound");
        }

        if (string.IsNullOrEmpty(node.Activity))
        {
            error("activity is missing");
            return;
        }

        if (!definition.Activities.TryGetValue(node.Activity, out var declaration))
        {
            error($"activity '{node.Activity}' is not declared under \"activities\"");
            return;
        }

        ValidateExits(node.Next, node.Transitions, "outcome", $"activity '{node.Activity}'", declaration.Outcomes, error);
    }

    private static void ValidateWait(ProcessDefinition definition, ProcessNode node, Action<string> error)
    {
        if (node.Activity is not null)
        {
            error("a wait node takes no activity");
        }

        if (node.Signals is not null)
        {
            if (node.Signal is not null || node.Next is not null || node.Transitions is not null || node.AdvancesRound)
            {
                error("a wait node with \"signals\" takes no signal, next, transitions or advancesRound (each signal has its own)");
            }

            if (node.Signals.Count == 0)
            {
                error("\"signals\" is empty");
            }
        }
        else if (string.IsNullOrEmpty(node.Signal))
        {
            error("signal is missing");
            return;
        }

        foreach (var (signal, route) in node.Routes)
        {
            if (!definition.Signals.TryGetValue(signal, out var declaration))
            {
                error($"signal '{signal}' is not declared under \"signals\"");
                continue;
            }

            var prefix = node.Signals is null ? "" : $"signal '{signal}': ";
            ValidateExits(route.Next, route.Transitions, "payload", $"signal '{signal}'", declaration.Payloads, m => error(prefix + m));
        }

        foreach (var timer in node.Timers ?? [])
        {
            TimerRules.Validate(definition, timer, message => error($"timer '{timer.Id}': {message}"));
        }

        foreach (var duplicate in (node.Timers ?? []).GroupBy(t => t.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            error($"timer id '{duplicate.Key}' is used twice");
        }
    }

    /// <summary>Exactly one of next/transitions; transitions cover every declared value and no other.</summary>
    private static void ValidateExits(
        string? next,
        IReadOnlyDictionary<string, string>? transitions,
        string kind,
        string owner,
        IReadOnlyList<string> declared,
        Action<string> error
    )
    {
        if ((next is null) == (transitions is null))
        {
            error("needs exactly one of next or transitions");
            return;
        }

        if (transitions is null)
        {
            return;
        }

        if (declared.Count == 0)
        {
            error($"has transitions, but {owner} declares no {kind}s: use next");
            return;
        }

        foreach (var missing in declared.Where(v => !transitions.ContainsKey(v)))
        {
            error($"{kind} '{missing}' of {owner} has no transition");
        }

        foreach (var extra in transitions.Keys.Where(k => !declared.Contains(k, StringComparer.Ordinal)))
        {
            error($"transition '{extra}' is not a declared {kind} of {owner}");
        }
    }
}
