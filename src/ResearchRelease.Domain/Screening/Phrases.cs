using System.Buffers;

namespace ResearchRelease.Domain.Screening;

/// <summary>
/// A fixed list of words or phrases looked for in normalised text (see <see cref="TextMatch"/>). A trailing
/// <c>*</c> makes the last word a prefix: <c>advertis*</c> matches "advertising" and "advertise". The list is
/// compiled once, when it is created, into a multi-phrase searcher that scans a text in a single pass.
/// </summary>
internal sealed class Phrases
{
    // Each pattern is the normalised phrase without its leading space; exact phrases keep the trailing space, so
    // "sell " cannot match "seller". A hit counts only where a word starts (the character before is a space).
    private readonly string[] patterns;
    private readonly SearchValues<string> searcher;

    public Phrases(params string[] phrases)
    {
        patterns = new string[phrases.Length];
        for (var i = 0; i < phrases.Length; i++)
        {
            var phrase = phrases[i];
            var prefix = phrase.EndsWith('*');
            var normalised = TextMatch.Normalise(prefix ? phrase[..^1] : phrase).TrimStart();
            patterns[i] = prefix ? normalised.TrimEnd() : normalised;
        }

        searcher = SearchValues.Create(patterns, StringComparison.Ordinal);
    }

    /// <summary>Whether the normalised text contains any of the phrases, starting at a word boundary.</summary>
    public bool In(ReadOnlySpan<char> normalised) => IndexIn(normalised) >= 0;

    /// <summary>Where the first phrase starts in the normalised text (at a word boundary), or -1.</summary>
    public int IndexIn(ReadOnlySpan<char> normalised)
    {
        var from = 0;
        while (from < normalised.Length)
        {
            var hit = normalised[from..].IndexOfAny(searcher);
            if (hit < 0)
            {
                return -1;
            }

            var at = from + hit;
            if (at > 0 && normalised[at - 1] == ' ')
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    /// <summary>Whether the normalised text is exactly one of the phrases (prefix markers play no part here).</summary>
    public bool IsExactly(string normalised)
    {
        var body = normalised.Trim();
        foreach (var pattern in patterns)
        {
            if (pattern.AsSpan().TrimEnd(' ').SequenceEqual(body))
            {
                return true;
            }
        }

        return false;
    }
}
