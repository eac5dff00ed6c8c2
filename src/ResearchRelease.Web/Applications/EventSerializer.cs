using System.Text.Json;
using System.Text.Json.Serialization;
using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Web.Applications;

/// <summary>
/// Stores each event as its type name plus a JSON payload. The type names are part of the record:
/// an event type, once stored, keeps its name for ever.
/// </summary>
public static class EventSerializer
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
    };

    private static readonly Dictionary<string, Type> Types = new[]
    {
        typeof(ApplicationDrafted), typeof(DraftUpdated), typeof(ApplicationSubmitted), typeof(ApplicationScreened),
        typeof(ReturnedToResearcher), typeof(SentToChiefStatistician), typeof(DecisionRecorded), typeof(LetterIssued),
        typeof(ApplicationWithdrawn), typeof(LetterCorrected),
        typeof(DecisionReminderSent), typeof(DecisionEscalated), typeof(ResubmissionReminderSent), typeof(ReleaseEndingReminderSent),
        typeof(ReleaseExpired), typeof(DestructionConfirmed), typeof(DestructionOverdueFlagged), typeof(ExtensionRequested),
    }.ToDictionary(t => ((ApplicationEvent)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(t)).Type);

    public static string Serialize(ApplicationEvent e) => JsonSerializer.Serialize(e, e.GetType(), Options);

    public static ApplicationEvent Deserialize(string type, string payload) =>
        Types.TryGetValue(type, out var t)
            ? (ApplicationEvent)(JsonSerializer.Deserialize(payload, t, Options) ?? throw new InvalidDataException($"Event payload of type '{type}' is empty."))
            : throw new InvalidDataException($"Unknown event type '{type}'.");
}
