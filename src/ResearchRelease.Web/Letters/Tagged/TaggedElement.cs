namespace ResearchRelease.Web.Letters.Tagged;

/// <summary>
/// One node of a tagged PDF's structure tree: a structure type (H1, P, L, LI, Table, TH …) and what it holds, in
/// reading order. Text drawn directly in the element appears as children of type <see cref="TextTag"/>.
/// </summary>
public sealed record TaggedElement(
    string Tag,
    IReadOnlyList<TaggedElement> Children,
    string Text = "",
    string? Scope = null,
    string? Alt = null
)
{
    public const string TextTag = "#text";

    /// <summary>All the text under this element in reading order, lines and cells joined by single spaces.</summary>
    public string AllText => Tag == TextTag ? Text : string.Join(" ", Children.Select(c => c.AllText).Where(t => t.Length > 0));

    /// <summary>This element and everything under it, depth first (reading order).</summary>
    public IEnumerable<TaggedElement> Descendants()
    {
        yield return this;
        foreach (var descendant in Children.SelectMany(c => c.Descendants()))
        {
            yield return descendant;
        }
    }
}

/// <summary>What a tagged letter declares about itself, and its structure tree (null when it has none).</summary>
public sealed record TaggedDocument(string? Language, string? Title, bool Marked, bool DisplayDocTitle, TaggedElement? Root);
