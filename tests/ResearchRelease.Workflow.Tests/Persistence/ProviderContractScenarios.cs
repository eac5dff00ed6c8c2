using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using ResearchRelease.Workflow.Persistence;
using ResearchRelease.Workflow.Tests.Support;
using WorkflowCore.Models;

namespace ResearchRelease.Workflow.Tests.Persistence;

/// <summary>The parts of WorkflowCore's persistence contract the engine depends on.</summary>
public abstract class ProviderContractScenarios
{
    internal abstract StoreUnderTest Store { get; }

    protected virtual void SkipIfUnavailable()
    {
    }

    private EfPersistenceProvider NewProvider()
    {
        var options = new ReleaseProcessOptions { Provider = Store.Provider, ConnectionString = Store.ConnectionString };
        var provider = new EfPersistenceProvider(new WorkflowStoreContextFactory(options), options, NullLogger<EfPersistenceProvider>.Instance);
        provider.EnsureStoreExists();
        return provider;
    }

    // Pointer ids are primary keys across all instances, as WorkflowCore's own GUIDs are.
    private readonly string _a = Guid.NewGuid().ToString();
    private readonly string _b = Guid.NewGuid().ToString();

    private WorkflowInstance NewInstance() => new()
    {
        WorkflowDefinitionId = "contract",
        Version = 1,
        Status = WorkflowStatus.Runnable,
        CreateTime = DateTime.UtcNow,
        Reference = Guid.NewGuid().ToString(),
        ExecutionPointers = new ExecutionPointerCollection([new ExecutionPointer { Id = _a, StepId = 0, Active = true, Status = PointerStatus.Pending }]),
    };

    [SkippableFact]
    public async Task Persisting_merges_pointers_by_id_and_attributes_by_key()
    {
        SkipIfUnavailable();
        var provider = NewProvider();
        var instance = NewInstance();
        instance.ExecutionPointers.FindById(_a).ExtensionAttributes["kept"] = "yes";
        var id = await provider.CreateNewWorkflow(instance);

        var later = await provider.GetWorkflowInstance(id);
        later.ExecutionPointers.Clear();
        later.ExecutionPointers.Add(new ExecutionPointer { Id = _b, StepId = 1, Active = true, Status = PointerStatus.Running });
        var subscription = new EventSubscription { WorkflowId = id, StepId = 1, ExecutionPointerId = _b, EventName = "n", EventKey = "k", SubscribeAsOf = DateTime.MinValue };
        await provider.PersistWorkflow(later, [subscription]);

        var stored = await provider.GetWorkflowInstance(id);
        Assert.Equal(new[] { _a, _b }.Order(), stored.ExecutionPointers.Select(p => p.Id).Order());
        Assert.Equal("yes", stored.ExecutionPointers.FindById(_a).ExtensionAttributes["kept"]);
        Assert.NotNull(subscription.Id);
        Assert.Equal(subscription.Id, Assert.Single(await provider.GetSubscriptions("n", "k", DateTime.UtcNow)).Id);
    }

    [SkippableFact]
    public async Task Runnable_instances_are_found_by_the_pollers_local_time()
    {
        SkipIfUnavailable();
        var provider = NewProvider();
        var instance = NewInstance();
        instance.NextExecution = DateTime.UtcNow.Ticks;
        var id = await provider.CreateNewWorkflow(instance);

        Assert.Contains(id, await provider.GetRunnableInstances(DateTime.Now.AddSeconds(1)));
        Assert.DoesNotContain(id, await provider.GetRunnableInstances(DateTime.Now.AddMinutes(-5)));
    }

    [SkippableFact]
    public async Task Only_subscribed_events_are_runnable_but_processed_ones_are_still_listed()
    {
        SkipIfUnavailable();
        var provider = NewProvider();
        var key = Guid.NewGuid().ToString();
        var orphan = await provider.CreateEvent(new Event { EventName = "orphan", EventKey = key, EventData = "x", EventTime = DateTime.UtcNow });
        var awaited = await provider.CreateEvent(new Event { EventName = "awaited", EventKey = key, EventData = "y", EventTime = DateTime.UtcNow });
        await provider.CreateEventSubscription(new EventSubscription { WorkflowId = "w", EventName = "awaited", EventKey = key, SubscribeAsOf = DateTime.MinValue });

        var runnable = (await provider.GetRunnableEvents(DateTime.Now.AddSeconds(1))).ToList();
        Assert.Contains(awaited, runnable);
        Assert.DoesNotContain(orphan, runnable);

        await provider.MarkEventProcessed(awaited);
        Assert.DoesNotContain(awaited, await provider.GetRunnableEvents(DateTime.Now.AddSeconds(1)));
        Assert.Equal([awaited], await provider.GetEvents("awaited", key, DateTime.MinValue));
        Assert.Equal("y", (await provider.GetEvent(awaited)).EventData);
    }

    [SkippableFact]
    public async Task The_same_event_name_and_key_is_stored_once()
    {
        SkipIfUnavailable();
        var provider = NewProvider();
        var key = Guid.NewGuid().ToString();
        await provider.CreateEvent(new Event { EventName = "decided", EventKey = key, EventData = "approve", EventTime = DateTime.UtcNow });

        var ex = await Assert.ThrowsAsync<DbUpdateException>(() =>
            provider.CreateEvent(new Event { EventName = "decided", EventKey = key, EventData = "refuse", EventTime = DateTime.UtcNow }));
        Assert.True(UniqueViolation.Is(ex));
        Assert.True(await provider.EventExistsAsync("decided", key, default));
    }

    [SkippableFact]
    public async Task Scheduling_a_command_twice_is_a_no_op_and_due_commands_run_once()
    {
        SkipIfUnavailable();
        var provider = NewProvider();
        var due = Guid.NewGuid().ToString();
        var future = Guid.NewGuid().ToString();
        await provider.ScheduleCommand(new ScheduledCommand { CommandName = ScheduledCommand.ProcessWorkflow, Data = due, ExecuteTime = DateTime.UtcNow.Ticks });
        await provider.ScheduleCommand(new ScheduledCommand { CommandName = ScheduledCommand.ProcessWorkflow, Data = due, ExecuteTime = DateTime.UtcNow.Ticks });
        await provider.ScheduleCommand(new ScheduledCommand { CommandName = ScheduledCommand.ProcessWorkflow, Data = future, ExecuteTime = DateTime.UtcNow.AddHours(1).Ticks });

        var ran = new List<string>();
        await provider.ProcessCommands(DateTimeOffset.UtcNow, c => { ran.Add(c.Data); return Task.CompletedTask; });
        await provider.ProcessCommands(DateTimeOffset.UtcNow, c => { ran.Add(c.Data); return Task.CompletedTask; });

        Assert.Equal([due], ran.Where(d => d == due || d == future));
    }
}
