namespace ResearchRelease.Web.Notifications;

/// <summary>An email an event calls for: which template, for whom, and the values only this event knows.</summary>
public sealed record NotificationIntent(string Template, string Audience, IReadOnlyDictionary<string, string> Values)
{
    public static NotificationIntent To(string audience, string template, params (string Key, string Value)[] values) =>
        new(template, audience, values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal));
}
