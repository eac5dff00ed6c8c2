using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ResearchRelease.Web.Tests.PlainWords;

/// <summary>What a person reads on a page, in an email or in a letter, to be checked for <see cref="global::ResearchRelease.Web.Tests.PlainWords.InternalWords"/>.</summary>
public static class VisibleText
{
    /// <summary>The page's text as shown: no scripts or styles, no hashes, and not a diagram's source listing for operators.</summary>
    public static string Of(IHtmlDocument page)
    {
        foreach (var hidden in page.QuerySelectorAll("script, style, template, pre.rr-diagram__source, .rr-hash").ToList())
            hidden.Remove();
        // Each text node apart, so that neighbouring elements ("Alpha" and "This is a new service") do not run together.
        return Of(string.Join(" ", page.Body?.Descendants<IText>().Select(t => t.Data) ?? []));
    }

    public static string Of(string text) => global::ResearchRelease.Web.Tests.PlainWords.InternalWords.Readable(text);

    /// <summary>Each internal word found (see <see cref="global::ResearchRelease.Web.Tests.PlainWords.InternalWords"/>).</summary>
    public static IReadOnlyList<string> InternalWords(string text) => global::ResearchRelease.Web.Tests.PlainWords.InternalWords.In(text);

    /// <summary>The links on a page to follow next: same site, pages only (no downloads, API or sign-out).</summary>
    public static IEnumerable<string> PageLinks(IHtmlDocument page) =>
        page.QuerySelectorAll("a[href]")
            .Select(a => a.GetAttribute("href")!.Split('#')[0])
            .Where(h => h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal))
            .Where(h =>
                !new[] { ".pdf", ".csv", ".json", ".zip", "/api/", "/dev/", "sign-out", "/openapi", "/account/" }.Any(x =>
                    h.Contains(x, StringComparison.Ordinal)
                )
            );
}
