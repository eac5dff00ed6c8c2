using System.Text.Json;
using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Web.Notifications;

/// <summary>
/// One event as it is appended: its sequence, its stored JSON (so events this code does not know as types, such as
/// the lifecycle events, are still read by their contract name and fields), and the state before and after it.
/// </summary>
public sealed record NotificationSource(
    Guid ApplicationId,
    int Sequence,
    ApplicationEvent Event,
    JsonElement Payload,
    ApplicationState Before,
    ApplicationState After
)
{
    public string Type => Event.Type;

    /// <summary>The first of the named payload fields that is present and not null, as text; null if none is.</summary>
    public string? Field(params string[] names)
    {
        if (Payload.ValueKind != JsonValueKind.Object)
            return null;
        foreach (var name in names)
        {
            if (!Payload.TryGetProperty(name, out var value))
                continue;
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    return value.GetString();
                case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                    return value.GetRawText();
            }
        }
        return null;
    }

    public bool Flag(string name) =>
        Payload.ValueKind == JsonValueKind.Object && Payload.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;
}
