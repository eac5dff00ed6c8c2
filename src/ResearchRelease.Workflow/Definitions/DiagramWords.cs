namespace ResearchRelease.Workflow.Definitions;

/// <summary>
/// The words a diagram writes in its boxes and on its arrows. This one writes the definition's own codes, as developers
/// read them in workflows/README.md; a page for people overrides it with plain words, so the same nodes and arrows are
/// drawn either way.
/// </summary>
public class DiagramWords
{
    public static readonly DiagramWords Codes = new();

    /// <summary>The title of an activity's or a wait's box, and the name of the step in the page's table.</summary>
    public virtual string Step(string nodeId) => ProcessDiagram.Humanise(nodeId);

    /// <summary>The title of an activity's box.</summary>
    public virtual string Activity(string activity) => ProcessDiagram.Humanise(activity);

    /// <summary>Lines under an activity's title.</summary>
    public virtual IEnumerable<string> ActivityDetail(string? activity) => [$"(activity: {activity})"];

    /// <summary>The box of an end node.</summary>
    public virtual string End(string nodeId) => $"End: {nodeId}";

    /// <summary>The line that says what a wait waits for.</summary>
    public virtual string WaitsFor(IReadOnlyList<string> signals, bool advancesRound) =>
        signals.Count == 1
            ? advancesRound
                ? $"(signal: {signals[0]}, starts a new round)"
                : $"(signal: {signals[0]})"
            : $"(signals: {string.Join(", ", signals)})";

    /// <summary>An arrow taken when a signal arrives, whatever its payload.</summary>
    public virtual string Signal(string signal, bool advancesRound) => advancesRound ? $"{signal} (new round)" : signal;

    /// <summary>An arrow taken for one payload of a signal.</summary>
    public virtual string Payload(string signal, string payload) => payload;

    /// <summary>An arrow taken for one outcome of an activity.</summary>
    public virtual string Outcome(string outcome) => outcome;

    /// <summary>"after 60 days: lapse-application", "30 days before release-end: remind-release-ending".</summary>
    public virtual string Timer(ProcessTimer timer)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var when =
            timer.After is not null ? $"after {timer.After}"
            : timer.Before is not null ? $"{timer.Before} before {timer.Anchor}"
            : $"at {timer.Anchor}";
        return timer.Activity is null ? when : $"{when}: {timer.Activity}";
    }
}
