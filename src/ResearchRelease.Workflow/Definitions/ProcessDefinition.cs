using System.Text.Json.Serialization;

namespace ResearchRelease.Workflow.Definitions;

/// <summary>
/// One published version of a declarative process, read from <c>workflows/{id}.v{version}.json</c>.
/// Published versions never change: instances stay pinned to the version they started on.
/// </summary>
public sealed class ProcessDefinition
{
    public string Id { get; init; } = "";

    public int Version { get; init; }

    public string Title { get; init; } = "";

    public string? Description { get; init; }

    /// <summary>The id of the first node.</summary>
    public string Start { get; init; } = "";

    /// <summary>The activities the nodes may run, with the outcomes each can return.</summary>
    public IReadOnlyDictionary<string, ActivityDeclaration> Activities { get; init; } = new Dictionary<string, ActivityDeclaration>();

    /// <summary>The signals the wait nodes may wait for, with the payloads each can carry.</summary>
    public IReadOnlyDictionary<string, SignalDeclaration> Signals { get; init; } = new Dictionary<string, SignalDeclaration>();

    public IReadOnlyDictionary<string, ProcessNode> Nodes { get; init; } = new Dictionary<string, ProcessNode>();

    /// <summary>The file it was read from, for error messages.</summary>
    [JsonIgnore]
    public string SourceFile { get; internal set; } = "";
}
