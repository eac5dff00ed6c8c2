using System.Text.RegularExpressions;

namespace ResearchRelease.Web.Notifications;

/// <summary>
/// The app's copy of one GOV.UK Notify email template, in Notify's own syntax (<c>((placeholder))</c>, Markdown-ish
/// bullets). Production sends only the template id and the personalisation, and Notify renders its copy; the local
/// sender renders this one. Keep the two in step: <see cref="Placeholders"/> is what Notify will demand.
/// </summary>
public sealed partial record NotificationTemplate(string Name, string Subject, string Body)
{
    public IReadOnlySet<string> Placeholders =>
        PlaceholderPattern().Matches(Subject + "\n" + Body).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>Fills every placeholder. A missing value renders as empty, as Notify would refuse it: the planner always gives all.</summary>
    public (string Subject, string Body) Render(IReadOnlyDictionary<string, string> values) => (Fill(Subject, values), Fill(Body, values));

    private static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        PlaceholderPattern().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : "");

    [GeneratedRegex(@"\(\(([a-z_]+)\)\)", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();
}
