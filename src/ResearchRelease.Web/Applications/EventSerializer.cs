using System.Text.Json;
using System.Text.Json.Serialization;
using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Web.Applications;

/// <summary>
/// Stores each event as its type name plus a JSON payload of its own type (no discriminator inside). The names are
/// registered once, on <see cref="ApplicationEvent"/>; an event type, once stored, keeps its name for ever.
/// </summary>
public static class EventSerializer
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
    };

    public static string Serialize(ApplicationEvent e) => JsonSerializer.Serialize(e, e.GetType(), Options);

    public static ApplicationEvent Deserialize(string type, string payload) =>
        ApplicationEventTypes.TypeOf(type) is { } t
            ? (ApplicationEvent)(
                JsonSerializer.Deserialize(payload, t, Options)
                ?? throw new InvalidDataException($"Event payload of type '{type}' is empty.")
            )
            : throw new InvalidDataException($"Unknown event type '{type}'.");
}
