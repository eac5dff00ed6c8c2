using Microsoft.EntityFrameworkCore;
using ResearchRelease.Workflow.Engine;
using ResearchRelease.Workflow.Persistence;
using ResearchRelease.Workflow.Tests.Support;
using WorkflowCore.Models;

namespace ResearchRelease.Workflow.Tests.Persistence;

/// <summary>The parts of WorkflowCore's persistence contract the engine depends on.</summary>
public abstract class ProviderContractScenarios
{
    internal abstract StoreUnderTest Store { get; }

    protected virtual void SkipIfUnavailable() { }

    private EfPersistenceProvider NewProvider()
    {
        var options = new ReleaseProcessOptions { Provider = Store.Provider, ConnectionString = Store.ConnectionString };
        var provider = new EfPersistenceProvider(new WorkflowStoreContextFactory(options, new EngineStatements()), options, new DueBell());
        provider.EnsureStoreExists();
        return provider;
    }

    // Pointer ids are primary keys across all instances, as WorkflowCore's own GUIDs are.
    private readonly string _a = Guid.NewGuid().ToString();
    private readonly string _b = Guid.NewGuid().ToString();

    private WorkflowInstance NewInstance() =>
        new()
        {
            WorkflowDefinitionId = "contract",
            Version = 1,
            Status = WorkflowStatus.Runnable,
            CreateTime = DateTime.UtcNow,
            Reference = Guid.NewGuid().ToString(),
            ExecutionPointers = new ExecutionPointerCollection([
                new ExecutionPointer
                {
                    Id = _a,
                    StepId = 0,
                    Active = true,
                    Status = PointerStatus.Pending,
                },
            ]),
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
        later.ExecutionPointers.Add(
            new ExecutionPointer
            {
                Id = _b,
                StepId = 1,
                Active = true,
                Status = PointerStatus.Running,
            }
        );
        var subscription = new EventSubscription
        {
            WorkflowId = id,
            StepId = 1,
            ExecutionPointerId = _b,
            EventName = "n",
            EventKey = "k",
            SubscribeAsOf = DateTime.MinValue,
        };
        await provider.PersistWorkflow(later, [subscription]);

        var stored = await provider.GetWorkflowInstance(id);
        Assert.Equal(new[] { _a, _b }.Order(), stored.ExecutionPointers.Select(p => p.Id).Order());
        Assert.Equal("yes", stored.ExecutionPointers.FindById(_a).ExtensionAttributes["kept"]);
        Assert.NotNull(subscription.Id);
        Assert.Equal(subscription.Id, Assert.Single(await provider.GetSubscriptions("n", "k", DateTime.UtcNow)).Id);
    }

    [SkippableFact]
    public async Task Of_two_runs_from_one_load_only_the_first_save_stands()
    {
        // Two nodes running one instance (a lock lost with its connection) both load it; the second save is refused.
        SkipIfUnavailable();
        var (first, second) = (NewProvider(), NewProvider());
        var id = await first.CreateNewWorkflow(NewInstance());
        var a = await first.GetWorkflowInstance(id);
        var b = await second.GetWorkflowInstance(id);
        a.ExecutionPointers.Add(
            new ExecutionPointer
            {
                Id = _b,
                StepId = 1,
                Active = true,
                Status = PointerStatus.Pending,
            }
        );
        b.ExecutionPointers.Add(
            new ExecutionPointer
            {
                Id = Guid.NewGuid().ToString(),
                StepId = 1,
                Active = true,
                Status = PointerStatus.Pending,
            }
        );

        await first.PersistWorkflow(a, []);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.PersistWorkflow(b, []));

        var stored = await first.GetWorkflowInstance(id);
        Assert.Equal(new[] { _a, _b }.Order(), stored.ExecutionPointers.Select(p => p.Id).Order());
    }

    [SkippableFact]
    public async Task A_run_journal_is_saved_with_its_progress_and_dropped_with_it()
    {
        // The journal goes in the save's transaction: the run whose save is refused leaves no entries, and an entry a
        // repeated step writes again is taken once.
        SkipIfUnavailable();
        var (first, second) = (NewProvider(), NewProvider());
        var id = await first.CreateNewWorkflow(NewInstance());
        var (a, b) = (await first.GetWorkflowInstance(id), await second.GetWorkflowInstance(id));
        var kept = Entry(id, "node-entered", "pointer-1:node-entered");

        await first.PersistWorkflow(a, [], TimeSpan.Zero, default, [kept, Entry(id, "waiting", "pointer-1:waiting")]);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() =>
            second.PersistWorkflow(
                b,
                [],
                TimeSpan.Zero,
                default,
                [Entry(id, "ended", "pointer-9:ended"), Entry(id, "activity-failed", null)]
            )
        );
        var again = await first.GetWorkflowInstance(id);
        await first.PersistWorkflow(
            again,
            [],
            TimeSpan.Zero,
            default,
            [Entry(id, "node-entered", kept.DedupeKey), Entry(id, "suspended", null)]
        );

        await using var db = new WorkflowStoreContextFactory(
            new ReleaseProcessOptions { Provider = Store.Provider, ConnectionString = Store.ConnectionString },
            new EngineStatements()
        ).CreateDbContext();
        var kinds = await db.Journal.Where(e => e.WorkflowId == id).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync();
        Assert.Equal(["node-entered", "waiting", "suspended"], kinds);
    }

    private static Workflow.Persistence.Entities.StoredJournalEntry Entry(string workflowId, string kind, string? key) =>
        new()
        {
            ApplicationId = Guid.NewGuid().ToString("D"),
            WorkflowId = workflowId,
            Round = 1,
            Node = "screen",
            Kind = kind,
            Detail = null,
            OccurredAtUtcTicks = DateTime.UtcNow.Ticks,
            DedupeKey = key,
        };

    [SkippableFact]
    public async Task The_next_due_time_skips_live_claims_and_reports_when_they_lapse()
    {
        SkipIfUnavailable();
        var provider = NewProvider();
        var now = DateTime.UtcNow;
        var due = NewInstance();
        due.NextExecution = now.AddMinutes(-1).Ticks;
        var later = NewInstance();
        later.ExecutionPointers = new ExecutionPointerCollection([
            new ExecutionPointer
            {
                Id = _b,
                StepId = 0,
                Active = true,
                Status = PointerStatus.Pending,
            },
        ]);
        later.NextExecution = now.AddHours(1).Ticks;
        await provider.CreateNewWorkflow(due);
        await provider.CreateNewWorkflow(later);

        // Other tests of the class may share the store: their instances are due now or not at all.
        Assert.InRange((await provider.NextDueAsync(now, default)).Due!.Value, 0, due.NextExecution!.Value);
        Assert.Contains(due.Id, await provider.ClaimDueAsync(now, 1000, TimeSpan.FromMinutes(1), default));
        var (next, lapses) = await provider.NextDueAsync(now, default);

        Assert.InRange(next!.Value, now.Ticks + 1, later.NextExecution!.Value);
        Assert.InRange(lapses!.Value, DateTime.UtcNow.Ticks, DateTime.UtcNow.AddMinutes(1).Ticks);
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
        var orphan = await provider.CreateEvent(
            new Event
            {
                EventName = "orphan",
                EventKey = key,
                EventData = "x",
                EventTime = DateTime.UtcNow,
            }
        );
        var awaited = await provider.CreateEvent(
            new Event
            {
                EventName = "awaited",
                EventKey = key,
                EventData = "y",
                EventTime = DateTime.UtcNow,
            }
        );
        await provider.CreateEventSubscription(
            new EventSubscription
            {
                WorkflowId = "w",
                EventName = "awaited",
                EventKey = key,
                SubscribeAsOf = DateTime.MinValue,
            }
        );

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
        await provider.CreateEvent(
            new Event
            {
                EventName = "decided",
                EventKey = key,
                EventData = "approve",
                EventTime = DateTime.UtcNow,
            }
        );

        var ex = await Assert.ThrowsAsync<DbUpdateException>(() =>
            provider.CreateEvent(
                new Event
                {
                    EventName = "decided",
                    EventKey = key,
                    EventData = "refuse",
                    EventTime = DateTime.UtcNow,
                }
            )
        );
        Assert.True(UniqueViolation.Is(ex));
        Assert.True(await provider.EventExistsAsync("decided", key, default));
    }

    [SkippableFact]
    public async Task A_due_instance_is_claimed_once_until_a_run_saves_it()
    {
        SkipIfUnavailable();
        var provider = NewProvider();
        var due = await CreateDueAsync(provider, DateTime.UtcNow.AddMinutes(-1));
        var future = await CreateDueAsync(provider, DateTime.UtcNow.AddHours(1));

        var first = await provider.ClaimDueAsync(DateTime.UtcNow, 100, TimeSpan.FromHours(1), default);
        Assert.Contains(due, first);
        Assert.DoesNotContain(future, first);
        Assert.DoesNotContain(due, await provider.ClaimDueAsync(DateTime.UtcNow, 100, TimeSpan.FromHours(1), default));

        await provider.PersistWorkflow(await provider.GetWorkflowInstance(due));
        Assert.Contains(due, await provider.ClaimDueAsync(DateTime.UtcNow, 100, TimeSpan.FromHours(1), default));
    }

    [SkippableFact]
    public async Task An_instance_created_to_be_queued_here_is_claimed_until_its_run_saves_it()
    {
        SkipIfUnavailable();
        var provider = NewProvider();
        string mine;
        using (provider.QueuedHereOnCreate())
        {
            mine = await CreateDueAsync(provider, DateTime.UtcNow.AddMinutes(-1));
        }

        var other = await CreateDueAsync(provider, DateTime.UtcNow.AddMinutes(-1));
        var claimed = await provider.ClaimDueAsync(DateTime.UtcNow, 100, TimeSpan.FromHours(1), default);
        Assert.DoesNotContain(mine, claimed);
        Assert.Contains(other, claimed); // the scope ended with its creation

        await provider.PersistWorkflow(await provider.GetWorkflowInstance(mine));
        Assert.Contains(mine, await provider.ClaimDueAsync(DateTime.UtcNow, 100, TimeSpan.FromHours(1), default));
    }

    [SkippableFact]
    public async Task A_lapsed_or_handed_back_claim_can_be_claimed_again()
    {
        SkipIfUnavailable();
        var provider = NewProvider();
        var lapsing = await CreateDueAsync(provider, DateTime.UtcNow.AddMinutes(-1));
        Assert.Contains(lapsing, await provider.ClaimDueAsync(DateTime.UtcNow, 100, TimeSpan.FromMinutes(-1), default));
        Assert.Contains(lapsing, await provider.ClaimDueAsync(DateTime.UtcNow, 100, TimeSpan.FromHours(1), default));

        await provider.ReleaseClaimsAsync([lapsing], default);
        Assert.Contains(lapsing, await provider.ClaimDueAsync(DateTime.UtcNow, 100, TimeSpan.FromHours(1), default));
    }

    [SkippableFact]
    public async Task Claims_take_the_earliest_due_first_and_no_more_than_asked()
    {
        SkipIfUnavailable();
        var provider = NewProvider();
        var longAgo = DateTime.UtcNow.AddYears(-20);
        var earliest = await CreateDueAsync(provider, longAgo);
        var next = await CreateDueAsync(provider, longAgo.AddSeconds(1));

        Assert.Equal([earliest], await provider.ClaimDueAsync(DateTime.UtcNow, 1, TimeSpan.FromHours(1), default));
        Assert.Equal([next], await provider.ClaimDueAsync(DateTime.UtcNow, 1, TimeSpan.FromHours(1), default));
    }

    [SkippableFact]
    public async Task A_wake_up_asked_for_during_a_run_outlasts_the_sleep_that_run_saves()
    {
        SkipIfUnavailable();
        var provider = NewProvider();
        var id = await CreateDueAsync(provider, DateTime.UtcNow);
        var run = await provider.GetWorkflowInstance(id);

        await provider.RequestWakeAsync(id, default); // a signal arrives while the run is under way
        var sleepUntil = DateTime.UtcNow.AddDays(30);
        var pointer = run.ExecutionPointers.Single();
        (pointer.Status, pointer.SleepUntil, run.NextExecution) = (PointerStatus.Sleeping, sleepUntil, sleepUntil.Ticks);
        await provider.PersistWorkflow(run);

        Assert.Contains(id, await provider.ClaimDueAsync(DateTime.UtcNow, 100, TimeSpan.FromHours(1), default));
        var next = await provider.GetWorkflowInstance(id);
        Assert.Null(next.ExecutionPointers.Single().SleepUntil);

        // Once that next run has saved, the wake-up is spent: a sleep it saves stands.
        next.ExecutionPointers.Single().SleepUntil = sleepUntil;
        next.NextExecution = sleepUntil.Ticks;
        await provider.PersistWorkflow(next);
        Assert.Equal(sleepUntil, (await provider.GetWorkflowInstance(id)).ExecutionPointers.Single().SleepUntil);
        Assert.DoesNotContain(id, await provider.ClaimDueAsync(DateTime.UtcNow, 100, TimeSpan.FromHours(1), default));
    }

    [SkippableFact]
    public async Task A_wake_up_makes_a_sleeping_instance_due_and_its_next_load_awake()
    {
        SkipIfUnavailable();
        var provider = NewProvider();
        var sleepUntil = DateTime.UtcNow.AddYears(1);
        var id = await CreateDueAsync(provider, sleepUntil);
        var stored = await provider.GetWorkflowInstance(id);
        stored.ExecutionPointers.Single().Status = PointerStatus.Sleeping;
        stored.ExecutionPointers.Single().SleepUntil = sleepUntil;
        await provider.PersistWorkflow(stored);
        Assert.DoesNotContain(id, await provider.ClaimDueAsync(DateTime.UtcNow, 100, TimeSpan.FromHours(1), default));

        await provider.RequestWakeAsync(id, default);

        Assert.Contains(id, await provider.ClaimDueAsync(DateTime.UtcNow, 100, TimeSpan.FromHours(1), default));
        Assert.Null((await provider.GetWorkflowInstance(id)).ExecutionPointers.Single().SleepUntil);
    }

    [SkippableFact]
    public async Task Scheduled_commands_are_not_used()
    {
        SkipIfUnavailable();
        var provider = NewProvider();
        Assert.False(provider.SupportsScheduledCommands);
        await Assert.ThrowsAsync<NotSupportedException>(() => provider.ScheduleCommand(new ScheduledCommand()));
    }

    private async Task<string> CreateDueAsync(EfPersistenceProvider provider, DateTime dueUtc)
    {
        var instance = NewInstance();
        instance.ExecutionPointers = new ExecutionPointerCollection([
            new ExecutionPointer
            {
                Id = Guid.NewGuid().ToString(),
                StepId = 0,
                Active = true,
                Status = PointerStatus.Pending,
            },
        ]);
        instance.NextExecution = dueUtc.Ticks;
        return await provider.CreateNewWorkflow(instance);
    }
}
