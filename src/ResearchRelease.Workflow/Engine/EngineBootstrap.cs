using ResearchRelease.Workflow.Persistence;
using WorkflowCore.Interface;

namespace ResearchRelease.Workflow.Engine;

/// <summary>
/// Makes the engine usable once: definitions registered, store migrated, and no stored instance
/// pinned to a version that is not loaded. Runs from the hosted service before the WorkflowCore
/// host starts, and from <see cref="ReleaseProcess"/> in case it is called before that.
/// </summary>
internal sealed class EngineBootstrap(
    ProcessDefinitionCatalog catalog,
    IWorkflowRegistry registry,
    EfPersistenceProvider store,
    ReleaseProcessOptions options
) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _ready;

    public async Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_ready)
            {
                return;
            }

            var badOverrides = TimerSchedule.CheckOverrides(options, catalog.Definitions.All).ToList();
            if (badOverrides.Count > 0)
            {
                throw new InvalidOperationException(string.Join(" ", badOverrides));
            }

            catalog.EnsureRegistered(registry);
            store.EnsureStoreExists();
            var missing = (await store.GetDefinitionVersionsInUseAsync(cancellationToken))
                .Where(v => catalog.Definitions.Find(v.DefinitionId, v.Version) is null)
                .Select(v => $"'{v.DefinitionId}' version {v.Version}")
                .ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException(
                    $"Unfinished process instances use {string.Join(", ", missing)}, but no such definition was loaded from "
                        + $"'{options.DefinitionsFolder}'. Published definition versions must never be removed or changed."
                );
            }

            _ready = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
