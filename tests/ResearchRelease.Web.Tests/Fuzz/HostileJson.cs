using System.Text.Json;
using CsCheck;

namespace ResearchRelease.Web.Tests.Fuzz;

/// <summary>
/// Raw JSON texts to put where a value belongs: wrong types, nulls, huge and negative numbers, deep nesting,
/// unknown members, and text that is not JSON at all. Kept as text so that invalid JSON can be spliced in.
/// </summary>
public static class HostileJson
{
    public static string Quote(string text) => JsonSerializer.Serialize(text);

    private static readonly string[] Numbers =
    [
        "0",
        "-1",
        "1.5",
        "-0",
        "1e308",
        "-1e308",
        "1e400",
        "9223372036854775808",
        "-9223372036854775809",
        "2147483648",
        "00",
        "0x10",
        "+1",
        ".5",
    ];

    private static readonly string[] Broken =
    [
        "'single'",
        "undefined",
        "NaN",
        "Infinity",
        "\"unterminated",
        "{",
        "]",
        "tru",
        "/* c */ 1",
        "{\"a\":}",
        "[1,]",
        "\"a\" \"b\"",
    ];

    private static readonly Gen<string> Deep = Gen.Select(Gen.Int[2, 300], Gen.Bool, (depth, array) =>
        array
            ? new string('[', depth) + new string(']', depth)
            : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)
    );

    private static readonly Gen<string> Scalar = Gen.Frequency(
        (6, HostileText.Any.Select(Quote)),
        (2, Gen.OneOf(Numbers)),
        (2, Gen.OneOf("true", "false", "null"))
    );

    public static readonly Gen<string> Value = Gen.Frequency(
        (8, Scalar),
        (2, Gen.OneOf("[]", "{}", "[null]", "[null, null]", "[1, 2]", "[\"\"]", "[[]]", "[{}]", "{\"unknown\": 1}")),
        (2, Scalar.Array[1, 4].Select(v => "[" + string.Join(",", v) + "]")),
        (1, Gen.Select(HostileText.Any, Scalar, (k, v) => "{" + Quote(k) + ":" + v + "}")),
        (1, Gen.Int[101, 150].Select(n => "[" + string.Join(",", Enumerable.Repeat("\"x\"", n)) + "]")),
        (1, Deep),
        (1, Gen.OneOf(Broken))
    );
}
