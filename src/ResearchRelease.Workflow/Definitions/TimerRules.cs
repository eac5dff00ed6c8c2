namespace ResearchRelease.Workflow.Definitions;

/// <summary>The rules a timer on a wait node must meet.</summary>
internal static class TimerRules
{
    public static void Validate(ProcessDefinition definition, ProcessTimer timer, Action<string> error)
    {
        if (string.IsNullOrWhiteSpace(timer.Id))
        {
            error("id is missing");
        }

        if (string.IsNullOrWhiteSpace(timer.Description))
        {
            error("description is missing (compliance readers rely on it)");
        }

        if ((timer.After is null) == (timer.Anchor is null))
        {
            error("needs exactly one of after or anchor");
        }

        if (timer.Before is not null && timer.Anchor is null)
        {
            error("before needs an anchor");
        }

        foreach (var (name, period) in new[] { ("after", timer.After), ("before", timer.Before) })
        {
            if (period is not null && !ProcessPeriod.TryParse(period, out _))
            {
                error($"{name} '{period}' is not a period: write e.g. \"10 working days\", \"30 days\", \"4 hours\" or \"5 minutes\"");
            }
        }

        if (timer.Activity is null && timer.Next is null)
        {
            error("needs an activity to run, a next node to go to, or both");
        }

        if (timer.Activity is not null)
        {
            if (!definition.Activities.TryGetValue(timer.Activity, out var declaration))
            {
                error($"activity '{timer.Activity}' is not declared under \"activities\"");
            }
            else if (declaration.Outcomes.Count > 0)
            {
                error($"activity '{timer.Activity}' declares outcomes, which a timer cannot follow: declare none");
            }
        }
    }
}
