using System.Diagnostics.CodeAnalysis;

namespace ResearchRelease.Domain.Screening;

/// <summary>
/// Plain-text helpers for reading free-text answers. Text is normalised once per screening to lower-case words
/// separated by single spaces, with a space at each end, so that a phrase matches on word boundaries with one
/// ordinal <see cref="string.Contains(string, StringComparison)"/> and no regular expression.
/// </summary>
internal static class TextMatch
{
    public const string Empty = " ";

    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty;
        }

        Span<char> buffer = text.Length <= 1024 ? stackalloc char[text.Length + 2] : new char[text.Length + 2];
        var length = 0;
        buffer[length++] = ' ';
        var atSpace = true;
        foreach (var ch in text)
        {
            if (char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch))
            {
                buffer[length++] = ch;
                atSpace = false;
            }
            else if (char.IsAsciiLetterUpper(ch))
            {
                buffer[length++] = (char)(ch | 0x20);
                atSpace = false;
            }
            else if (ch is '\'' or '\u2019')
            {
                // "pupils'" reads as "pupils"; "don't" as "dont".
            }
            else if (ch > 127 && char.IsLetterOrDigit(ch))
            {
                buffer[length++] = char.ToLowerInvariant(ch);
                atSpace = false;
            }
            else if (!atSpace)
            {
                buffer[length++] = ' ';
                atSpace = true;
            }
        }

        if (!atSpace)
        {
            buffer[length++] = ' ';
        }

        return new string(buffer[..length]);
    }

    public static int WordCount(string normalised)
    {
        var count = 0;
        for (var i = 1; i < normalised.Length; i++)
        {
            if (normalised[i] == ' ')
            {
                count++;
            }
        }

        return count;
    }

    public static bool IsBlank([NotNullWhen(false)] string? text) => string.IsNullOrWhiteSpace(text);

    /// <summary>
    /// An answer quoted in a reason: trimmed, on one line, and cut short if long. A cut falls between words, never
    /// inside one, and does not leave the quote hanging on a small joining word ("…in a…" reads as broken).
    /// </summary>
    public static string Quote(string? text, int max = 120)
    {
        var words = (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var oneLine = string.Join(' ', words);
        if (oneLine.Length <= max)
        {
            return $"\"{oneLine}\"";
        }

        var kept = new List<string>();
        var length = 0;
        foreach (var word in words)
        {
            // The first word is kept whole however long it is; later words only while they fit.
            if (kept.Count > 0 && length + 1 + word.Length > max)
                break;
            length += (kept.Count > 0 ? 1 : 0) + word.Length;
            kept.Add(word);
        }

        while (kept.Count > 1 && JoiningWords.Contains(kept[^1].TrimEnd(',', ';', ':')))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return $"\"{string.Join(' ', kept).TrimEnd(' ', ',', ';', ':')}…\"";
    }

    private static readonly HashSet<string> JoiningWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "from",
        "as",
        "into",
        "that",
        "which",
    };

    /// <summary>The sentence with its first letter in capitals.</summary>
    public static string Capitalise(string sentence) =>
        sentence.Length == 0 ? sentence : char.ToUpperInvariant(sentence[0]) + sentence[1..];

    /// <summary>The sentence with its first letter in lower case, to follow a colon.</summary>
    public static string Uncapitalise(string sentence) =>
        sentence.Length == 0 ? sentence : char.ToLowerInvariant(sentence[0]) + sentence[1..];
}
