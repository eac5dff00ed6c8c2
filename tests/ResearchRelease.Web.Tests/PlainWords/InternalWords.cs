using System.Text.RegularExpressions;

namespace ResearchRelease.Web.Tests.PlainWords;

/// <summary>
/// The internal words that must not reach a person: a snake_case code, a field path ("settings.retentionEnd",
/// "dataItems[0]"), an enum's name ("AwaitingDecision") or an ISO date ("2029-03-31"). Shared by the page walk,
/// the email and letter checks and the browser journeys.
/// </summary>
public static partial class InternalWords
{
    // Addresses and links are what they are: an email address or URL is not an internal code.
    [GeneratedRegex(@"\S+@\S+\.\S+|https?://\S+|/[a-z0-9/\-.?=&{}]+", RegexOptions.CultureInvariant)]
    private static partial Regex AddressesAndLinks();

    [GeneratedRegex(@"\b[a-z][a-z0-9]*_[a-z0-9_]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex SnakeCase();

    [GeneratedRegex(@"\b[a-z]+[A-Za-z]*(\[\d+\])?\.[a-z]+[A-Z][A-Za-z]*\b|\b[a-z]+[A-Za-z]*\[\d*\]", RegexOptions.CultureInvariant)]
    private static partial Regex FieldPath();

    // Two or more capitalised words run together, as an enum member is written (ReturnedForChanges).
    [GeneratedRegex(@"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnumName();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    // Proper names written as one word are not enum members: the service's own name is one.
    private static readonly string[] Names = ["ResearchRelease"];

    /// <summary>Text as read, whitespace collapsed, without email addresses and links.</summary>
    public static string Readable(string text) => AddressesAndLinks().Replace(Regex.Replace(text, @"\s+", " "), " ");

    /// <summary>Each internal word found in readable text, with a little of the text around it so a failure says where.</summary>
    public static IReadOnlyList<string> In(string text)
    {
        var found = new List<string>();
        foreach (
            var (kind, pattern) in new[]
            {
                ("code", SnakeCase()),
                ("field path", FieldPath()),
                ("enum name", EnumName()),
                ("ISO date", IsoDate()),
            }
        )
        {
            foreach (Match m in pattern.Matches(text))
            {
                if (Names.Contains(m.Value))
                    continue;
                var start = Math.Max(0, m.Index - 40);
                found.Add($"{kind} \"{m.Value}\" in …{text[start..Math.Min(text.Length, m.Index + m.Length + 40)]}…");
            }
        }
        return found;
    }
}
