using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace ResearchRelease.Web.Features.Compliance;

/// <summary>
/// Where a register page starts or ends: which part of the register the row is in (decided, newest decision first;
/// then undecided, newest submission first), its time in that part's order, and its reference (unique, the
/// tie-breaker). Opaque to people and scripts (base64url) and never trusted: one that does not parse is ignored.
/// </summary>
public readonly record struct RegisterCursor(bool Decided, DateTime At, string Reference)
{
    public static RegisterCursor Of(RegisterRow row) =>
        row.DecidedAt is { } decided
            ? new RegisterCursor(true, decided, row.Reference)
            : new RegisterCursor(false, row.SubmittedAt!.Value, row.Reference);

    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(FormattableString.Invariant($"{(Decided ? 'd' : 's')}|{At.Ticks}|{Reference}")));

    public static RegisterCursor? Decode(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 200 || !Base64Url.IsValid(text))
            return null;
        var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split('|', 3);
        if (
            parts.Length != 3
            || parts[0] is not ("d" or "s")
            || parts[2].Length == 0
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTime.MaxValue.Ticks
        )
        {
            return null;
        }

        // Times are stored in UTC; PostgreSQL takes only UTC times as parameters of a timestamptz comparison.
        return new RegisterCursor(parts[0] == "d", new DateTime(ticks, DateTimeKind.Utc), parts[2]);
    }
}
