namespace ResearchRelease.Domain.Applications;

/// <summary>
/// Text a person can type: no control characters other than tab and line breaks, and no half of a surrogate
/// pair. NUL in particular cannot be stored in a PostgreSQL text column, and none of these can be shown in a
/// letter, so they are refused at the door rather than failing later.
/// </summary>
public static class TextRules
{
    public const string UnprintableMessage = "Remove the control characters (such as NUL) or broken characters from this answer.";

    public static bool HasUnprintable(string? value)
    {
        if (value is null) return false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) return true;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])) return true;
                i++;
            }
            else if (char.IsLowSurrogate(c)) return true;
        }
        return false;
    }
}
