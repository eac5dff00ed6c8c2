using System.Reflection;
using System.Text.Json.Serialization;

namespace ResearchRelease.Domain.StandingShares;

/// <summary>The registry of standing share event names, read once from the attributes on <see cref="StandingShareEvent"/>.</summary>
public static class StandingShareEventTypes
{
    private static readonly Dictionary<Type, string> Names = typeof(StandingShareEvent)
        .GetCustomAttributes<JsonDerivedTypeAttribute>()
        .ToDictionary(a => a.DerivedType, a => (string)a.TypeDiscriminator!);

    private static readonly Dictionary<string, Type> Types = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string NameOf(Type type) =>
        Names.TryGetValue(type, out var name)
            ? name
            : throw new InvalidOperationException($"{type.Name} is not a registered standing share event.");

    public static Type? TypeOf(string name) => Types.GetValueOrDefault(name);
}
