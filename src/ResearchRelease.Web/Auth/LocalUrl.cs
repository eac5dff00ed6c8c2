using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace ResearchRelease.Web.Auth;

/// <summary>
/// The one check for every return URL the app accepts (sign-in, persona sign-in, the OpenID Connect challenge):
/// only ever redirect within this site. A URL that fails is ignored and the user goes home; it is never an error.
/// </summary>
public static class LocalUrl
{
    /// <summary>The URL if it is local, made safe for a Location header; otherwise the home page.</summary>
    public static string OrHome(string? url) => IsLocal(url) ? ForLocationHeader(url) : "/";

    /// <summary>
    /// ASP.NET Core's <c>Url.IsLocalUrl</c> rule, narrowed to paths: "/" or "/x", never "//x" or "/\x" (browsers read
    /// both as another host), and no control character anywhere (browsers drop a tab or line break, so "/\t/evil.com"
    /// becomes "//evil.com"). The "~/" form is refused too, since these URLs are sent to the browser as they are.
    /// Half a surrogate pair is refused because it cannot be encoded for the header.
    /// </summary>
    public static bool IsLocal([NotNullWhen(true)] string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/')
            return false;
        if (url.Length == 1)
            return true;
        if (url[1] is '/' or '\\')
            return false;
        for (var i = 1; i < url.Length; i++)
        {
            var c = url[i];
            if (char.IsControl(c))
                return false;
            if (char.IsHighSurrogate(c) && i + 1 < url.Length && char.IsLowSurrogate(url[i + 1]))
                i++;
            else if (char.IsSurrogate(c))
                return false;
        }
        return true;
    }

    /// <summary>
    /// Kestrel refuses a response header holding anything but visible ASCII, so other characters (a space, an accented
    /// letter, a direction mark) are percent-encoded as UTF-8; what the browser then asks for is the same path.
    /// </summary>
    private static string ForLocationHeader(string url)
    {
        if (url.All(c => c is > ' ' and < '\u007f'))
            return url;
        var encoded = new StringBuilder(url.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value is > ' ' and < 0x7f)
            {
                encoded.Append((char)rune.Value);
                continue;
            }
            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return encoded.ToString();
    }
}
