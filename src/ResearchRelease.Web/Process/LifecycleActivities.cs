using Microsoft.Extensions.Options;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;

namespace ResearchRelease.Web.Process;

/// <summary>
/// The timer-driven and closing activities of the release lifecycle (issue 6). Each records at most one event
/// per (application, round, activity): the domain commands are no-ops when the event is already there or the
/// application has moved on, and a concurrent append is retried on the fresh state, so a step the engine runs
/// twice writes once.
/// </summary>
public sealed class LifecycleActivities(ApplicationStore store, IOptions<LifecycleOptions> options, TimeProvider clock)
{
    private const int Attempts = 3;

    public Task<string> RemindChiefStatisticianAsync(Guid id, int round, CancellationToken ct) =>
        RecordAsync(id, state => LifecycleDecider.RecordReminder(state, new DecisionReminderSent(round)), ct);

    public Task<string> EscalateDecisionAsync(Guid id, int round, CancellationToken ct) =>
        RecordAsync(id, state => LifecycleDecider.RecordReminder(state, new DecisionEscalated(round)), ct);

    public Task<string> RemindResubmissionAsync(Guid id, int round, CancellationToken ct) =>
        RecordAsync(id, (state, loaded) => LifecycleDecider.RecordReminder(state, new ResubmissionReminderSent(round, LapsesOn(loaded, round))), ct);

    public Task<string> LapseAsync(Guid id, int round, CancellationToken ct) =>
        RecordAsync(id, state => LifecycleDecider.Lapse(state, round, options.Value.ResubmissionLapseDays), ct);

    public Task<string> RemindReleaseEndingAsync(Guid id, int round, CancellationToken ct) =>
        RecordAsync(id, state => state?.EndDate is { } end
            ? LifecycleDecider.RecordReminder(state, new ReleaseEndingReminderSent(round, end))
            : CommandOutcome.Ok(), ct);

    public Task<string> ExpireAsync(Guid id, CancellationToken ct) =>
        RecordAsync(id, state => LifecycleDecider.Expire(state, ProcessDay(state?.EndDate), options.Value.DestructionConfirmationDays), ct);

    public Task<string> FlagDestructionOverdueAsync(Guid id, CancellationToken ct) =>
        RecordAsync(id, state => LifecycleDecider.FlagDestructionOverdue(state, ProcessDay(state?.Expiry?.DestructionDueBy.AddDays(1))), ct);

    /// <summary>
    /// Today, or — where the process's clock is trusted (Development's short clock fires the end-date timers minutes
    /// after approval) — the day the timer stands for, so the domain's "not yet" guard does not refuse it.
    /// </summary>
    private DateOnly ProcessDay(DateOnly? dueOn) =>
        options.Value.TrustProcessClock && dueOn is { } due && due > Today() ? due : Today();

    private Task<string> RecordAsync(Guid id, Func<ApplicationState?, CommandOutcome> decide, CancellationToken ct) =>
        RecordAsync(id, (state, _) => decide(state), ct);

    private async Task<string> RecordAsync(Guid id, Func<ApplicationState, LoadedApplication, CommandOutcome> decide, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var loaded = await store.LoadAsync(id, ct) ?? throw new InvalidOperationException($"Application {id} does not exist.");
            var outcome = decide(loaded.State, loaded);
            // Too early (the due date is still ahead): nothing is recorded, and the step fails so the engine retries it a
            // bounded number of times and then shows it to an administrator, rather than moving on as if it had happened.
            if (outcome.Failure == CommandFailure.Conflict) throw new InvalidOperationException($"Not due: {outcome.Message}");
            if (!outcome.Succeeded) throw new InvalidOperationException(outcome.Message);
            if ((await store.AppendAsync(id, loaded.State, outcome.Events, Actor.Workflow, ct: ct)).Appended)
                return ProcessOutcomes.Done;
            if (attempt == Attempts) throw new InvalidOperationException("The application kept changing; the step will be retried.");
        }
    }

    /// <summary>When a returned application lapses: the lapse period after it was sent back.</summary>
    private DateOnly LapsesOn(LoadedApplication loaded, int round)
    {
        var returnedAt = loaded.State.Round == round ? loaded.State.ReturnedAt ?? clock.GetUtcNow().UtcDateTime : clock.GetUtcNow().UtcDateTime;
        return DateOnly.FromDateTime(returnedAt).AddDays(options.Value.ResubmissionLapseDays);
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
