using CsCheck;

namespace ResearchRelease.Web.Tests.Fuzz;

/// <summary>
/// Strings a hostile or careless client sends: markup, SQL, spreadsheet formulas, control characters (NUL
/// included), direction overrides, lone surrogates, dates and numbers in the wrong shape, and lengths just over
/// every limit the app has (300, 5,000 and 64 KB) up to beyond the 256 KB JSON cap.
/// </summary>
public static class HostileText
{
    public static readonly string[] Fixed =
    [
        "",
        " ",
        "\t",
        "\r\n",
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "javascript:alert(1)",
        "'; DROP TABLE applications; --",
        "1' OR '1'='1",
        "Robert'); DELETE FROM application_events;--",
        "=HYPERLINK(\"http://evil.test\",\"x\")",
        "+cmd|' /C calc'!A0",
        "@SUM(1+1)",
        "-2+3",
        "{{7*7}}",
        "${jndi:ldap://x}",
        "../../etc/passwd",
        "C:\\Windows\\win.ini",
        "\u202Egnp.exe",
        "\uFEFFbom",
        "🙂👩🏽‍🔬",
        "Zoë Ñúñez 王小明 Дмитрий",
        "null",
        "undefined",
        "NaN",
        "true",
        "0",
        "-1",
        "2029-02-30",
        "9999-12-31",
        "0001-01-01",
        "2029-03-31T00:00:00Z",
        "31/03/2029",
        "research ",
        "RESEARCH",
        "university\u0000",
        "\u0000",
        "a\u0000b",
        "\u0007\u001b[31mred",
        "line\u2028sep",
        "\ud800",
        "x\udfff",
        "%00",
        "&#0;",
        "\\u0000",
    ];

    private static readonly Gen<string> Controls = Gen.Char['\0', '\u001f'].Array[1, 8].Select(c => new string(c));

    /// <summary>Lengths at and just over the app's limits, and one far beyond the JSON body cap.</summary>
    public static readonly Gen<string> Long = Gen.OneOf(
            Gen.Int[295, 305],
            Gen.Int[4_995, 5_005],
            Gen.Int[9_990, 10_010],
            Gen.Int[65_530, 65_545],
            Gen.Const(300_000)
        )
        .Select(n => new string('a', n));

    public static readonly Gen<string> Any = Gen.Frequency(
        (6, Gen.OneOf(Fixed)),
        (2, Gen.String),
        (2, Controls),
        (1, Long),
        (1, Gen.Select(Gen.OneOf(Fixed), Gen.OneOf(Fixed), (a, b) => a + b))
    );

    /// <summary>A value for a printout: short values whole, long ones as their length, control characters visible.</summary>
    public static string Show(string value)
    {
        var shown = value.Length > 80 ? $"{value[..40]}…({value.Length:N0} chars)" : value;
        return string.Concat(shown.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString()));
    }
}
