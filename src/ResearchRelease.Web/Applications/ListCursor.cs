using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace ResearchRelease.Web.Applications;

/// <summary>
/// A keyset cursor: the sort time and the reference (unique, the tie-breaker) of the last row of a page. The next
/// page reads the rows after it from the index instead of counting past every earlier row, so page 2,000 costs what
/// page 1 does. Opaque to clients (base64url), never trusted: a cursor that does not parse is refused.
/// </summary>
public readonly record struct ListCursor(DateTime At, string Reference)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(FormattableString.Invariant($"{At.Ticks}|{Reference}")));

    public static bool TryDecode(string? text, out ListCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(text) || text.Length > 200 || !Base64Url.IsValid(text))
        {
            return false;
        }

        var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split('|', 2);
        if (
            parts.Length != 2
            || parts[1].Length == 0
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks < DateTime.MinValue.Ticks
            || ticks > DateTime.MaxValue.Ticks
        )
        {
            return false;
        }

        // Times are stored in UTC; PostgreSQL takes only UTC times as parameters of a timestamptz comparison.
        cursor = new ListCursor(new DateTime(ticks, DateTimeKind.Utc), parts[1]);
        return true;
    }

    /// <summary>A page size within bounds: the default when none is asked for.</summary>
    public static int Size(int? asked) => Math.Clamp(asked ?? DefaultPageSize, 1, MaxPageSize);
}
