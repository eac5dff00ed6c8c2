namespace ResearchRelease.Workflow.Definitions;

/// <summary>Every loaded definition version; all stay registered while instances may use them.</summary>
public sealed class ProcessDefinitionSet
{
    private readonly Dictionary<(string Id, int Version), ProcessDefinition> _byKey;

    public ProcessDefinitionSet(IEnumerable<ProcessDefinition> definitions)
    {
        _byKey = definitions.ToDictionary(d => (d.Id, d.Version));
    }

    public IReadOnlyCollection<ProcessDefinition> All => _byKey.Values;

    public ProcessDefinition? Find(string id, int version) => _byKey.GetValueOrDefault((id, version));

    /// <summary>The highest version of the definition, on which new instances start.</summary>
    public ProcessDefinition? Latest(string id) => _byKey.Values.Where(d => d.Id == id).MaxBy(d => d.Version);
}
