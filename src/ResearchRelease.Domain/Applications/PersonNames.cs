using System.Globalization;
using System.Text;

namespace ResearchRelease.Domain.Applications;

/// <summary>
/// Whether two written names could be the same person, for separation of duties. Spelling tricks must not let someone
/// decide their own application, so names are compared after: Unicode NFKC (a no-break space becomes a space, full-width
/// letters become letters); removing format and zero-width characters; folding whitespace; case; accents; a confusable
/// skeleton in the spirit of Unicode TR39 (Greek and Cyrillic letters that look Latin read as Latin); dropping titles and
/// letters after the name; and reading "Surname, Forename" in the usual order. Word order and initials make a near match.
/// </summary>
public static class PersonNames
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "dr",
        "doctor",
        "prof",
        "professor",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "sir",
        "dame",
        "lord",
        "lady",
        "rev",
        "revd",
        "reverend",
    };

    private static readonly HashSet<string> AfterName = new(StringComparer.Ordinal)
    {
        "phd",
        "dphil",
        "md",
        "msc",
        "ma",
        "ba",
        "bsc",
        "obe",
        "mbe",
        "cbe",
        "frs",
        "fba",
        "jr",
        "jnr",
        "sr",
        "snr",
    };

    /// <summary>The same person by name: an exact match once normalised, or a near one (words reordered, an initial).</summary>
    public static bool Match(string? a, string? b)
    {
        var x = Words(a);
        var y = Words(b);
        if (x.Count == 0 || y.Count == 0)
            return false;
        if (x.SequenceEqual(y))
            return true;
        if (x.Count == y.Count && x.Order(StringComparer.Ordinal).SequenceEqual(y.Order(StringComparer.Ordinal)))
            return true;
        // "H Marsh" or "H. J. Marsh" for "Helen Marsh": same surname, each given name an initial of (or equal to) the other's.
        return x.Count > 1
            && y.Count > 1
            && x[^1] == y[^1]
            && x.Count == y.Count
            && x.Take(x.Count - 1)
                .Zip(y.Take(y.Count - 1))
                .All(p =>
                    p.First == p.Second
                    || (p.First.Length == 1 && p.Second.StartsWith(p.First, StringComparison.Ordinal))
                    || (p.Second.Length == 1 && p.First.StartsWith(p.Second, StringComparison.Ordinal))
                );
    }

    /// <summary>The name as the words that are compared: forename first, no titles, every character its Latin skeleton.</summary>
    public static IReadOnlyList<string> Words(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return [];
        var text = Skeleton(name);
        // "Marsh, Helen" → "Helen Marsh"; a comma before letters after the name ("Helen Marsh, PhD") is dropped below.
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && !Split(parts[1]).All(w => AfterName.Contains(w) || Titles.Contains(w)))
            text = parts[1] + " " + parts[0];
        var words = Split(text.Replace(',', ' '));
        while (words.Count > 1 && Titles.Contains(words[0]))
            words.RemoveAt(0);
        while (words.Count > 1 && AfterName.Contains(words[^1]))
            words.RemoveAt(words.Count - 1);
        return words;
    }

    private static List<string> Split(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', '\'', '-')).Where(w => w.Length > 0).ToList();

    /// <summary>NFKC, then without format characters or accents, lower case, look-alikes as Latin, one space between words.</summary>
    public static string Skeleton(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKC).Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (
                category
                    is UnicodeCategory.Format
                        or UnicodeCategory.NonSpacingMark
                        or UnicodeCategory.EnclosingMark
                        or UnicodeCategory.Control
                && !char.IsWhiteSpace(c)
            )
                continue;
            if (char.IsWhiteSpace(c) || category is UnicodeCategory.SpaceSeparator or UnicodeCategory.DashPunctuation || c == '.')
            {
                space = result.Length > 0;
                continue;
            }
            if (space)
                result.Append(' ');
            space = false;
            // Look-alikes first: a capital eta is an H, but its lower case (η) would read as an n.
            result.Append(char.ToLowerInvariant(Confusables.Latin(c)));
        }
        return result.ToString();
    }
}
