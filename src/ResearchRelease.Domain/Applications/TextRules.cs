using System.Globalization;
using System.Text;

namespace ResearchRelease.Domain.Applications;

/// <summary>
/// Text a person can type. Refused, with a message naming the answer:
/// <list type="bullet">
/// <item>control characters other than tab and line breaks, and half of a surrogate pair (NUL cannot be stored in a
/// PostgreSQL text column, and none of these can be shown in a letter);</item>
/// <item>bidirectional controls (U+202A–U+202E, U+2066–U+2069, and the marks U+200E, U+200F, U+061C), which make
/// text display in an order other than the one stored, so a name or title could read differently from what it is;</item>
/// <item>any other character the decision letter cannot print (<see cref="LetterCharacters"/>), so a letter never
/// silently drops what the record keeps.</item>
/// </list>
/// </summary>
public static class TextRules
{
    public const string UnprintableMessage = "Remove the control characters (such as NUL) or broken characters from this answer.";

    public static bool HasUnprintable(string? value)
    {
        if (value is null)
            return false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
                return true;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                    return true;
                i++;
            }
            else if (char.IsLowSurrogate(c))
                return true;
        }
        return false;
    }

    public static bool IsDirectionControl(int c) =>
        c is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) or 0x200E or 0x200F or 0x061C;

    public static bool HasDirectionControl(string? value) => value is not null && value.Any(c => IsDirectionControl(c));

    /// <summary>The first character the letter cannot print, if any (tabs and line breaks are layout, not characters).</summary>
    public static Rune? FirstUnprintableInLetters(string? value)
    {
        if (value is null)
            return null;
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.Value is '\t' or '\n' or '\r')
                continue;
            if (!LetterCharacters.CanPrint(rune.Value))
                return rune;
        }
        return null;
    }

    /// <summary>What is wrong with a typed answer, in words that name it (<paramref name="label"/>); null when nothing is.</summary>
    public static string? Problem(string? value, string label)
    {
        if (HasUnprintable(value))
            return UnprintableMessage;
        if (HasDirectionControl(value))
            return $"{label} must not include characters that change the direction of text, such as a right-to-left override.";
        if (FirstUnprintableInLetters(value) is { } rune)
            return $"{label} includes {Describe(rune)}, which cannot be printed in the decision letter. Remove it or write it another way.";
        return null;
    }

    private static string Describe(Rune rune) =>
        Rune.IsWhiteSpace(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark
            ? "an invisible character"
            : $"the character ‘{rune}’";
}
