using ResearchRelease.Web.Infrastructure;
using ResearchRelease.Workflow.Definitions;

namespace ResearchRelease.Web.Features.Operations;

/// <summary>
/// The process diagram and its table in words people read: steps by name, what a wait waits for, when its timers fire,
/// and each arrow's condition, with no activity, signal or anchor code. The codes stay in the definition files and in
/// their README, where developers read them.
/// </summary>
public sealed class ProcessWords : DiagramWords
{
    public static readonly ProcessWords Instance = new();

    /// <summary>What a wait waits for, said as a noun: "the decision", "a withdrawal".</summary>
    private static readonly Dictionary<string, string> Awaited = new(StringComparer.Ordinal)
    {
        ["resubmitted"] = "a resubmission",
        ["decided"] = "the decision",
        ["withdrawn"] = "a withdrawal",
        ["extension-requested"] = "a request for an extension",
        ["extension-decided"] = "the decision on the extension",
        ["destruction-confirmed"] = "confirmation that the data was destroyed",
        ["renewed"] = "an approved renewal",
    };

    /// <summary>What a timer's date is counted from.</summary>
    private static readonly Dictionary<string, string> Anchors = new(StringComparer.Ordinal)
    {
        ["release-end"] = "the release's end date",
        ["destruction-due"] = "the date destruction must be confirmed by",
        ["share-review-date"] = "the review date",
        ["share-review-overdue"] = "the day after the review date",
        ["share-agreement-end"] = "the end of the agreement",
    };

    public override string Step(string nodeId) => Sentence(nodeId);

    public override string Activity(string activity) => Sentence(activity);

    public override IEnumerable<string> ActivityDetail(string? activity) => [];

    public override string End(string nodeId) => $"Ends: {Lower(nodeId)}";

    public override string WaitsFor(IReadOnlyList<string> signals, bool advancesRound)
    {
        var awaited = string.Join(" or ", signals.Select(s => Awaited.GetValueOrDefault(s) ?? Lower(s)));
        return advancesRound ? $"Waits for {awaited} (a new round)" : $"Waits for {awaited}";
    }

    public override string Signal(string signal, bool advancesRound) =>
        advancesRound ? $"{Sentence(signal)} (a new round)" : Sentence(signal);

    public override string Payload(string signal, string payload) => DisplayNames.For(payload);

    public override string Outcome(string outcome) => DisplayNames.For(outcome);

    public override string Timer(ProcessTimer timer)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var anchor = timer.Anchor is null ? "" : Anchors.GetValueOrDefault(timer.Anchor) ?? Lower(timer.Anchor);
        var when =
            timer.After is not null ? $"After {timer.After}"
            : timer.Before is not null ? $"{timer.Before} before {anchor}"
            : $"On {anchor}";
        return timer.Activity is null ? when : $"{when}: {Lower(timer.Activity)}";
    }

    /// <summary>"route-to-chief-statistician" → "Route to Chief Statistician".</summary>
    private static string Sentence(string code) => TitleWords(ProcessDiagram.Humanise(code));

    private static string Lower(string code)
    {
        var words = ProcessDiagram.Humanise(code);
        return TitleWords(char.ToLowerInvariant(words[0]) + words[1..]);
    }

    /// <summary>The one title the codes spell in lower case.</summary>
    private static string TitleWords(string text) =>
        text.Replace("chief statistician", "Chief Statistician", StringComparison.OrdinalIgnoreCase);
}
