using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace ResearchRelease.Workflow.Persistence;

/// <summary>
/// Resolves <c>$type</c> names only to types the engine legitimately stores: ours, WorkflowCore's,
/// and plain primitives and collections of them. Type names read from a database are otherwise a
/// classic deserialisation-gadget hole.
/// </summary>
internal sealed class AllowListSerializationBinder : ISerializationBinder
{
    public static readonly AllowListSerializationBinder Instance = new();

    private static readonly HashSet<Type> AllowedSystemTypes =
    [
        typeof(string),
        typeof(decimal),
        typeof(Guid),
        typeof(DateTime),
        typeof(DateTimeOffset),
        typeof(TimeSpan),
        typeof(object),
    ];

    private static readonly HashSet<Type> AllowedGenericDefinitions =
    [
        typeof(List<>),
        typeof(Dictionary<,>),
        typeof(HashSet<>),
        typeof(KeyValuePair<,>),
        typeof(Nullable<>),
    ];

    private readonly DefaultSerializationBinder _inner = new();

    public Type BindToType(string? assemblyName, string typeName)
    {
        if (assemblyName is not null && !IsAllowedAssembly(assemblyName) && !IsSystemAssembly(assemblyName))
        {
            throw new JsonSerializationException(
                $"Type '{typeName}' from assembly '{assemblyName}' may not be read from the workflow store."
            );
        }

        var type = _inner.BindToType(assemblyName, typeName);
        return IsAllowed(type)
            ? type
            : throw new JsonSerializationException($"Type '{type.FullName}' may not be read from the workflow store.");
    }

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName) =>
        _inner.BindToName(serializedType, out assemblyName, out typeName);

    public static bool IsAllowed(Type type)
    {
        if (type.IsArray)
        {
            return IsAllowed(type.GetElementType()!);
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            var definition = type.GetGenericTypeDefinition();
            return (AllowedGenericDefinitions.Contains(definition) || IsAllowedAssembly(definition.Assembly.GetName().Name))
                && type.GetGenericArguments().All(IsAllowed);
        }

        return type.IsPrimitive
            || (type.IsEnum && IsAllowedAssembly(type.Assembly.GetName().Name))
            || AllowedSystemTypes.Contains(type)
            || IsAllowedAssembly(type.Assembly.GetName().Name);
    }

    private static bool IsAllowedAssembly(string? name) =>
        name is not null && (name == "WorkflowCore" || name.StartsWith("ResearchRelease.", StringComparison.Ordinal));

    private static bool IsSystemAssembly(string name) =>
        name is "System.Private.CoreLib" or "mscorlib" or "System.Collections" or "System.Runtime";
}
