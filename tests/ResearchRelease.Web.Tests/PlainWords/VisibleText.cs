using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ResearchRelease.Web.Tests.PlainWords;

/// <summary>
/// What a person reads on a page, in an email or in a letter, and the internal words that must not be in it: a
/// snake_case code, a field path ("settings.retentionEnd", "dataItems[0]") or an ISO date ("2029-03-31").
/// </summary>
public static partial class VisibleText
{
    // Addresses and links are what they are: an email address or URL is not an internal code.
    [GeneratedRegex(@"\S+@\S+\.\S+|https?://\S+|/[a-z0-9/\-.?=&{}]+", RegexOptions.CultureInvariant)]
    private static partial Regex AddressesAndLinks();

    [GeneratedRegex(@"\b[a-z][a-z0-9]*_[a-z0-9_]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex SnakeCase();

    [GeneratedRegex(@"\b[a-z]+[A-Za-z]*(\[\d+\])?\.[a-z]+[A-Z][A-Za-z]*\b|\b[a-z]+[A-Za-z]*\[\d+\]", RegexOptions.CultureInvariant)]
    private static partial Regex FieldPath();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    /// <summary>The page's text as shown: no scripts or styles, no hashes, and not a diagram's source listing for operators.</summary>
    public static string Of(IHtmlDocument page)
    {
        foreach (var hidden in page.QuerySelectorAll("script, style, template, pre.rr-diagram__source, .rr-hash").ToList()) hidden.Remove();
        return Of(page.Body?.TextContent ?? "");
    }

    public static string Of(string text) => AddressesAndLinks().Replace(Regex.Replace(text, @"\s+", " "), " ");

    /// <summary>Each internal word found, with a little of the text around it so a failure says where.</summary>
    public static IReadOnlyList<string> InternalWords(string text)
    {
        var found = new List<string>();
        foreach (var (kind, pattern) in new[] { ("code", SnakeCase()), ("field path", FieldPath()), ("ISO date", IsoDate()) })
        {
            foreach (Match m in pattern.Matches(text))
            {
                var start = Math.Max(0, m.Index - 40);
                found.Add($"{kind} \"{m.Value}\" in …{text[start..Math.Min(text.Length, m.Index + m.Length + 40)]}…");
            }
        }
        return found;
    }

    /// <summary>The links on a page to follow next: same site, pages only (no downloads, API or sign-out).</summary>
    public static IEnumerable<string> PageLinks(IHtmlDocument page) =>
        page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!.Split('#')[0])
            .Where(h => h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal))
            .Where(h => !new[] { ".pdf", ".csv", ".json", ".zip", "/api/", "/dev/", "sign-out", "/openapi", "/account/" }.Any(x => h.Contains(x, StringComparison.Ordinal)));
}
