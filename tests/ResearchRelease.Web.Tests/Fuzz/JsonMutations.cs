using System.Text.Json.Nodes;
using CsCheck;

namespace ResearchRelease.Web.Tests.Fuzz;

/// <summary>
/// Bodies made by breaking a valid JSON document: one to three values replaced by hostile ones, members removed
/// or added, or the whole text mangled (not JSON, truncated, the wrong top-level type, a BOM, trailing junk).
/// </summary>
public static class JsonMutations
{
    private sealed record Place(string Path, JsonNode Parent, object Key);

    public static Gen<FuzzBody> Of(string validJson)
    {
        var places = Places(JsonNode.Parse(validJson)!).Select(p => p.Path).ToArray();
        var replace = Gen.Select(Gen.Int[0, places.Length - 1], HostileJson.Value)
            .Array[1, 3]
            .Select(changes => Replace(validJson, changes));
        var unknown = Gen.Select(Gen.Int[0, places.Length - 1], HostileText.Any, HostileJson.Value, (i, key, value) =>
            AddMember(validJson, i, key, value)
        );
        var remove = Gen.Int[0, places.Length - 1].Select(i => Remove(validJson, i));
        var whole = Gen.Frequency(
            (
                3,
                Gen.OneOf("", " ", "null", "[]", "123", "\"text\"", "true", "{", "}", "{}{}", "<xml/>", "title=x&a=b")
                    .Select(b => new FuzzBody("the whole body replaced", b, [], WholeBody: true))
            ),
            // An empty object is well-formed: whatever it lacks may be named.
            (1, Gen.OneOf("{}", "\uFEFF{}", " { } ").Select(b => new FuzzBody("an empty object", b, [""], WholeBody: false))),
            (
                2,
                Gen.Int[1, Math.Max(1, validJson.Length - 1)]
                    .Select(n => new FuzzBody($"truncated after {n} chars", validJson[..n], [], WholeBody: true))
            ),
            (
                1,
                Gen.OneOf("x", ",", "}", " {}", "\u0000")
                    .Select(junk => new FuzzBody($"'{HostileText.Show(junk)}' after the body", validJson + junk, [], WholeBody: true))
            ),
            (
                1,
                Gen.OneOf(
                        "text/plain",
                        "application/xml",
                        "application/x-www-form-urlencoded",
                        "multipart/form-data; boundary=x",
                        "application/jsonp",
                        ""
                    )
                    .Select(t => new FuzzBody("sent with the wrong content type", validJson, [], WholeBody: true, ContentType: t))
            )
        );
        return Gen.Frequency((8, replace), (2, unknown), (1, remove), (2, whole));
    }

    private static FuzzBody Replace(string validJson, (int Place, string Raw)[] changes)
    {
        var root = JsonNode.Parse(validJson)!;
        var places = Places(root);
        var touched = new List<string>();
        var raws = new Dictionary<string, string>();
        foreach (var (index, raw) in changes)
        {
            var place = places[index];
            if (
                touched.Any(t =>
                    t == place.Path
                    || place.Path.StartsWith(t, StringComparison.Ordinal)
                    || t.StartsWith(place.Path, StringComparison.Ordinal)
                )
            )
                continue;
            var marker = $"@@fuzz{raws.Count}@@";
            Set(place, JsonValue.Create(marker));
            raws[marker] = raw;
            touched.Add(place.Path);
        }
        var text = root.ToJsonString();
        foreach (var (marker, raw) in raws)
            text = text.Replace($"\"{marker}\"", raw, StringComparison.Ordinal);
        var said = string.Join("; ", touched.Select((p, i) => $"{p} = {HostileText.Show(Clip(raws[$"@@fuzz{i}@@"]))}"));
        return new FuzzBody($"set {said}", text, touched, WholeBody: false);
    }

    private static FuzzBody AddMember(string validJson, int index, string key, string raw)
    {
        var root = JsonNode.Parse(validJson)!;
        var target = Places(root)[index];
        var obj = (target.Parent as JsonObject) ?? (JsonObject)root;
        var path = target.Parent is JsonObject ? Parent(target.Path) : "";
        obj[$"@@key@@"] = JsonValue.Create("@@value@@");
        var text = root.ToJsonString()
            .Replace("\"@@key@@\"", HostileJson.Quote(key), StringComparison.Ordinal)
            .Replace("\"@@value@@\"", raw, StringComparison.Ordinal);
        var at = path.Length == 0 ? key : $"{path}.{key}";
        // A member the model does not have is ignored; one it does have (a duplicate key) is a replacement at that path.
        return new FuzzBody(
            $"added member '{HostileText.Show(Clip(key))}' = {HostileText.Show(Clip(raw))} under '{path}'",
            text,
            [path.Length == 0 ? at : path, at],
            WholeBody: false
        );
    }

    private static FuzzBody Remove(string validJson, int index)
    {
        var root = JsonNode.Parse(validJson)!;
        var place = Places(root)[index];
        if (place.Parent is JsonObject o)
            o.Remove((string)place.Key);
        else
            ((JsonArray)place.Parent).RemoveAt((int)place.Key);
        return new FuzzBody($"removed {place.Path}", root.ToJsonString(), [place.Path, Parent(place.Path)], WholeBody: false);
    }

    private static void Set(Place place, JsonNode value)
    {
        if (place.Parent is JsonObject o)
            o[(string)place.Key] = value;
        else
            ((JsonArray)place.Parent)[(int)place.Key] = value;
    }

    private static List<Place> Places(JsonNode root)
    {
        var list = new List<Place>();
        void Walk(JsonNode? node, string path)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, child) in o.ToList())
                    {
                        var p = path.Length == 0 ? key : $"{path}.{key}";
                        list.Add(new Place(p, o, key));
                        Walk(child, p);
                    }
                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        list.Add(new Place($"{path}[{i}]", a, i));
                        Walk(a[i], $"{path}[{i}]");
                    }
                    break;
            }
        }
        Walk(root, "");
        return list;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }

    private static string Clip(string raw) => raw.Length > 60 ? raw[..30] + $"…({raw.Length:N0} chars)" : raw;
}
