using System.Reflection;
using System.Text.Json.Serialization;

namespace ResearchRelease.Domain.Applications;

/// <summary>The registry of event names, read once from the <see cref="JsonDerivedTypeAttribute"/>s on <see cref="ApplicationEvent"/>.</summary>
public static class ApplicationEventTypes
{
    private static readonly Dictionary<Type, string> Names = typeof(ApplicationEvent)
        .GetCustomAttributes<JsonDerivedTypeAttribute>()
        .ToDictionary(a => a.DerivedType, a => (string)a.TypeDiscriminator!);

    private static readonly Dictionary<string, Type> Types = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string NameOf(Type type) =>
        Names.TryGetValue(type, out var name)
            ? name
            : throw new InvalidOperationException($"{type.Name} is not a registered application event.");

    public static Type? TypeOf(string name) => Types.GetValueOrDefault(name);
}
