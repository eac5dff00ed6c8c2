using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using ResearchRelease.Workflow.Engine;
using ResearchRelease.Workflow.Journal;
using ResearchRelease.Workflow.Nodes;
using ResearchRelease.Workflow.Persistence;
using WorkflowCore.Interface;

namespace ResearchRelease.Workflow;

/// <summary>Registers the release process engine.</summary>
public static class ReleaseProcessServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IReleaseProcess"/>, WorkflowCore on our EF Core store, and a hosted service
    /// that registers every definition version and then starts the engine. The app must register
    /// its <see cref="IProcessActivities"/> (scoped is fine) unless <see cref="ReleaseProcessOptions.RunSteps"/> is false.
    /// </summary>
    /// <remarks>
    /// The app may register a <see cref="TimeProvider"/> (tests: FakeTimeProvider), an
    /// <see cref="IWorkingCalendar"/> (bank holidays) and, for anchored timers, an <see cref="IProcessAnchors"/>.
    /// On PostgreSQL with <see cref="ReleaseProcessOptions.DistributedLocks"/> (the default) the engine's locks are
    /// PostgreSQL advisory locks, so any number of nodes may run steps on one database. Otherwise (SQLite, or locks
    /// turned off) the locks are in-process and only one node may run steps; web-only nodes (RunSteps false) may
    /// still share the database.
    /// </remarks>
    public static IServiceCollection AddReleaseProcess(this IServiceCollection services, ReleaseProcessOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!StoreProviders.IsKnown(options.Provider))
        {
            throw new ArgumentException(
                $"Unknown workflow store provider '{options.Provider}': use '{StoreProviders.Sqlite}' or '{StoreProviders.Postgres}'.",
                nameof(options)
            );
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new ArgumentException("The workflow store connection string is empty.", nameof(options));
        }

        if (string.IsNullOrWhiteSpace(options.DefinitionsFolder))
        {
            throw new ArgumentException("The process definitions folder is not set.", nameof(options));
        }

        services.AddLogging();
        services.AddSingleton(options);
        services.AddSingleton<EngineStatements>();
        services.AddSingleton<DueBell>();
        services.AddSingleton<WorkflowStoreContextFactory>();
        services.AddSingleton<EfPersistenceProvider>();
        var catalog = new ProcessDefinitionCatalog(options);
        if (options.ReadDefinitionsEarly)
            catalog.BeginReading();
        services.AddSingleton(catalog);
        services.AddSingleton<EngineBootstrap>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IWorkingCalendar, WeekdayCalendar>();
        services.TryAddSingleton<IEngineStartGate, OpenEngineStartGate>();
        services.AddSingleton<ProcessJournal>();
        services.AddSingleton<ProcessOperations>();
        services.AddSingleton<ImmediatePass>();
        if (options.RunSteps)
        {
            // Resolved by WorkflowCore from each step's own scope, with the app's IProcessActivities.
            services.AddTransient<InterpretNodeStep>();
            services.AddTransient<ActivityRunner>();
            services.AddTransient<WaitNodeRunner>();
            services.AddTransient<TimerSchedule>();
            services.AddSingleton(sp => new WorkQueue(sp.GetRequiredService<TimeProvider>()));
            services.AddSingleton<InstancePass>();
            services.AddTransient<IBackgroundTask, StepRunner>();
            services.AddTransient<IBackgroundTask, DuePoller>();
            if (StoreProviders.IsSqlite(options.Provider))
            {
                // One engine node, but web-only processes may share the file: their writes are seen in it.
                services.AddTransient<IBackgroundTask, SqliteChangeWatcher>();
            }
            else
            {
                // Other nodes (web-only ones too) announce due work on PostgreSQL.
                services.AddTransient<IBackgroundTask, PostgresDueListener>();
            }
        }

        services.AddWorkflow(workflow =>
        {
            workflow.UsePersistence(sp => sp.GetRequiredService<EfPersistenceProvider>());
            workflow.UsePollInterval(options.PollInterval);
            workflow.UseErrorRetryInterval(options.ActivityRetryInterval);
            if (UsesDatabaseLocks(options))
            {
                // On every node, web-only ones too: suspend, resume and signals take the same locks.
                workflow.UseDistributedLockManager(sp => new PostgresAdvisoryLockProvider(
                    options.ConnectionString,
                    sp.GetRequiredService<ILogger<PostgresAdvisoryLockProvider>>(),
                    sp.GetRequiredService<EngineStatements>()
                ));
            }

            // The switches are read when AddWorkflow registers its background tasks. WorkflowCore's workflow consumer
            // and poller are replaced by StepRunner and DuePoller (ADR 0020); its event consumer stays for instances
            // that wait on a WorkflowCore event subscription; there is no search index to feed.
            workflow.EnableWorkflows = false;
            workflow.EnablePolling = false;
            workflow.EnableIndexes = false;
            workflow.EnableEvents = options.RunSteps;
            // Nothing subscribes to WorkflowCore's life-cycle events (the journal records what people need). Left on,
            // each step queued several for a consumer that holds a pool thread; nobody read them.
            workflow.EnableLifeCycleEventsPublisher = false;
            if (options.RunSteps)
            {
                workflow.UseQueueProvider(sp => new NodeQueueProvider(sp.GetRequiredService<WorkQueue>()));
            }
            else
            {
                workflow.UseQueueProvider(_ => new DiscardingQueueProvider());
            }
        });
        // After AddWorkflow, which registers its own system clock.
        services.Replace(ServiceDescriptor.Singleton<IDateTimeProvider, EngineClock>());
        services.AddSingleton<IReleaseProcess, ReleaseProcess>();
        services.AddHostedService<ReleaseProcessHostedService>();
        return services;
    }

    /// <summary>Whether the engine's locks are shared through the database (PostgreSQL advisory locks).</summary>
    public static bool UsesDatabaseLocks(ReleaseProcessOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.DistributedLocks && !StoreProviders.IsSqlite(options.Provider);
    }
}
