using ResearchRelease.Workflow.Definitions;

namespace ResearchRelease.Workflow.Engine;

/// <summary>When a wait's timers fall due: periods from the definition or configuration, working days from the calendar, anchors from the app.</summary>
internal sealed class TimerSchedule(ReleaseProcessOptions options, IWorkingCalendar calendar, IServiceProvider services)
{
    private const string RelativeOverridePrefix = "after ";

    /// <summary>Fixes the due times of the node's timers as the wait begins.</summary>
    public async Task<WaitState> BeginAsync(ProcessNode node, ProcessData data, DateTime nowUtc, CancellationToken ct)
    {
        var wait = new WaitState
        {
            Node = data.CurrentNode,
            Round = data.Round,
            EnteredAtUtc = nowUtc,
        };
        var entered = new DateTimeOffset(nowUtc, TimeSpan.Zero);
        foreach (var timer in node.Timers ?? [])
        {
            if (await DueAsync(timer, data, entered, ct) is { } due)
            {
                wait.DueUtc[timer.Id] = due.UtcDateTime;
            }
        }

        return wait;
    }

    /// <summary>The timers due by <paramref name="nowUtc"/> that have not fired, soonest first (definition order on ties).</summary>
    public static IEnumerable<ProcessTimer> Due(ProcessNode node, WaitState wait, DateTime nowUtc) =>
        (node.Timers ?? [])
            .Select((timer, index) => (timer, index))
            .Where(t => !wait.Fired.Contains(t.timer.Id) && wait.DueUtc.TryGetValue(t.timer.Id, out var due) && due <= nowUtc)
            .OrderBy(t => wait.DueUtc[t.timer.Id])
            .ThenBy(t => t.index)
            .Select(t => t.timer)
            .ToList();

    public static DateTime? NextDue(ProcessNode node, WaitState wait) =>
        (node.Timers ?? [])
            .Where(t => !wait.Fired.Contains(t.Id) && wait.DueUtc.ContainsKey(t.Id))
            .Select(t => (DateTime?)wait.DueUtc[t.Id])
            .Min();

    /// <summary>
    /// A configured override replaces the timer's period ("3 working days"); an override "after 5 minutes"
    /// makes even an anchored timer count from the wait's start — Development's short clock for expiry.
    /// </summary>
    private async Task<DateTimeOffset?> DueAsync(ProcessTimer timer, ProcessData data, DateTimeOffset entered, CancellationToken ct)
    {
        options.TimerPeriods.TryGetValue(timer.Id, out var configured);
        if (configured is not null && configured.StartsWith(RelativeOverridePrefix, StringComparison.OrdinalIgnoreCase))
        {
            return ProcessPeriod.Parse(configured[RelativeOverridePrefix.Length..]).AddTo(entered, 1, calendar);
        }

        if (timer.After is not null)
        {
            return ProcessPeriod.Parse(configured ?? timer.After).AddTo(entered, 1, calendar);
        }

        var anchors =
            services.GetService(typeof(IProcessAnchors)) as IProcessAnchors
            ?? throw new InvalidOperationException(
                $"Timer '{timer.Id}' counts from anchor '{timer.Anchor}', but the app registered no {nameof(IProcessAnchors)}."
            );
        var anchor = await anchors.ResolveAsync(data.ApplicationId, data.Round, timer.Anchor!, ct);
        if (anchor is null)
        {
            return null;
        }

        var before = configured ?? timer.Before;
        return before is null ? anchor : ProcessPeriod.Parse(before).AddTo(anchor.Value, -1, calendar);
    }

    /// <summary>Checks configured overrides at start-up, so a typo fails fast rather than at the first wait.</summary>
    public static IEnumerable<string> CheckOverrides(ReleaseProcessOptions options, IEnumerable<ProcessDefinition> definitions)
    {
        var known = definitions
            .SelectMany(d => d.Nodes.Values)
            .SelectMany(n => n.Timers ?? [])
            .Select(t => t.Id)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (id, value) in options.TimerPeriods)
        {
            if (!known.Contains(id))
            {
                yield return $"Timer period override '{id}' names no timer of any loaded definition.";
            }

            var period = value.StartsWith(RelativeOverridePrefix, StringComparison.OrdinalIgnoreCase)
                ? value[RelativeOverridePrefix.Length..]
                : value;
            if (!ProcessPeriod.TryParse(period, out _))
            {
                yield return $"Timer period override '{id}' = '{value}' is not a period: write e.g. \"3 working days\", \"10 minutes\" or \"after 5 minutes\".";
            }
        }
    }
}
