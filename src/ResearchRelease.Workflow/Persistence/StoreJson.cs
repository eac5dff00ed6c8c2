using Newtonsoft.Json;

namespace ResearchRelease.Workflow.Persistence;

/// <summary>
/// JSON for the engine's object-typed fields (workflow data, persistence data, event data,
/// outcomes). These come back through the database on every step, so they keep their .NET type:
/// System.Text.Json would hand back a JsonElement and the step would fail. Newtonsoft with type
/// names does, behind an allow-list binder.
/// </summary>
internal static class StoreJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.Auto,
        SerializationBinder = AllowListSerializationBinder.Instance,
        MaxDepth = 32,
    };

    public static string? SerializeObject(object? value) =>
        value is null ? null : JsonConvert.SerializeObject(value, typeof(object), Settings);

    public static object? DeserializeObject(string? json) => json is null ? null : JsonConvert.DeserializeObject(json, Settings);

    public static string Serialize<T>(T value) => JsonConvert.SerializeObject(value, typeof(T), Settings);

    public static T Deserialize<T>(string json)
        where T : new() => JsonConvert.DeserializeObject<T>(json, Settings) ?? new T();
}
