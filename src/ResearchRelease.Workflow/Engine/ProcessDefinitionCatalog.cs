using ResearchRelease.Workflow.Definitions;
using WorkflowCore.Interface;

namespace ResearchRelease.Workflow.Engine;

/// <summary>The definitions loaded from the folder, and their registration with WorkflowCore.</summary>
internal sealed class ProcessDefinitionCatalog(ReleaseProcessOptions options)
{
    /// <summary>The definition new instances start on (its latest version).</summary>
    public const string ReleaseDefinitionId = "research-release";

    private readonly Lazy<ProcessDefinitionSet> _set = new(() => ProcessDefinitionLoader.LoadFolder(options.DefinitionsFolder));
    private readonly Lock _registering = new();

    public ProcessDefinitionSet Definitions => _set.Value;

    /// <summary>
    /// Reads the definitions on the thread pool now. Whoever asks for them before it is done waits for that reading;
    /// an error is kept and thrown to them, as if they had read the folder themselves.
    /// </summary>
    public void BeginReading() => _ = Task.Run(() => _set.Value);

    public ProcessDefinition Latest =>
        Definitions.Latest(ReleaseDefinitionId)
        ?? throw new ProcessDefinitionException($"no definition with id '{ReleaseDefinitionId}' in '{options.DefinitionsFolder}'");

    public ProcessDefinition Get(string id, int version) =>
        Definitions.Find(id, version)
        ?? throw new InvalidOperationException($"Definition '{id}' version {version} is not loaded from '{options.DefinitionsFolder}'.");

    /// <summary>
    /// Registers every loaded version, not just the latest: an instance whose version is not
    /// registered is never executed, yet stays runnable and is polled again and again.
    /// </summary>
    public void EnsureRegistered(IWorkflowRegistry registry)
    {
        lock (_registering)
        {
            foreach (var definition in Definitions.All.Where(d => !registry.IsRegistered(d.Id, d.Version)))
            {
                registry.RegisterWorkflow(new InterpreterWorkflow(definition, options.ActivityRetryInterval));
            }
        }
    }
}
