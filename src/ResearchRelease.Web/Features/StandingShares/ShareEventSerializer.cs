using System.Text.Json;
using ResearchRelease.Domain.StandingShares;
using ResearchRelease.Web.Applications;

namespace ResearchRelease.Web.Features.StandingShares;

/// <summary>Stores each standing share event as its registered name plus a JSON payload of its own type, as for applications.</summary>
public static class ShareEventSerializer
{
    public static string Serialize(StandingShareEvent e) => JsonSerializer.Serialize(e, e.GetType(), EventSerializer.Options);

    public static StandingShareEvent Deserialize(string type, string payload) =>
        StandingShareEventTypes.TypeOf(type) is { } t
            ? (StandingShareEvent)(
                JsonSerializer.Deserialize(payload, t, EventSerializer.Options)
                ?? throw new InvalidDataException($"Event payload of type '{type}' is empty.")
            )
            : throw new InvalidDataException($"Unknown standing share event type '{type}'.");
}
