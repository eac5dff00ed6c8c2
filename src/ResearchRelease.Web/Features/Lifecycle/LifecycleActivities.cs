using Microsoft.Extensions.Options;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Process;
using ResearchRelease.Workflow;

namespace ResearchRelease.Web.Features.Lifecycle;

/// <summary>
/// The timer-driven and closing activities of the release lifecycle (issue 6). Each records at most one event
/// per (application, round, activity): the domain commands are no-ops when the event is already there or the
/// application has moved on, and a concurrent append is retried on the fresh state, so a step the engine runs
/// twice writes once. Deadlines are the process definition's: when a reminder names the lapse date, or a timer that
/// has fallen due asks for an expiry, the date is read from the wait the engine holds, never worked out again here.
/// </summary>
public sealed class LifecycleActivities(
    ApplicationStore store,
    IReleaseProcess process,
    IOptions<LifecycleOptions> options,
    TimeProvider clock
)
{
    private const int Attempts = 3;

    public Task<string> RemindChiefStatisticianAsync(Guid id, int round, CancellationToken ct) =>
        RecordAsync(id, state => LifecycleDecider.RecordReminder(state, new DecisionReminderSent(round)), ct);

    public Task<string> EscalateDecisionAsync(Guid id, int round, CancellationToken ct) =>
        RecordAsync(id, state => LifecycleDecider.RecordReminder(state, new DecisionEscalated(round)), ct);

    public async Task<string> RemindResubmissionAsync(Guid id, int round, CancellationToken ct)
    {
        var lapse = await DeadlineAsync(id, ProcessActivityNames.LapseApplication, ct)
            ?? throw new InvalidOperationException("The process holds no lapse deadline for this application; the step will be retried.");
        return await RecordAsync(
            id,
            state => LifecycleDecider.RecordReminder(state, new ResubmissionReminderSent(round, DateOnly.FromDateTime(lapse.DueUtc))),
            ct
        );
    }

    public async Task<string> LapseAsync(Guid id, int round, CancellationToken ct)
    {
        var lapse = await DeadlineAsync(id, ProcessActivityNames.LapseApplication, ct);
        return await RecordAsync(
            id,
            state => LifecycleDecider.Lapse(state, round, lapse is null ? null : DateOnly.FromDateTime(lapse.DueUtc)),
            ct
        );
    }

    public Task<string> RemindReleaseEndingAsync(Guid id, int round, CancellationToken ct) =>
        RecordAsync(
            id,
            state =>
                state?.EndDate is { } end
                    ? LifecycleDecider.RecordReminder(state, new ReleaseEndingReminderSent(round, end))
                    : CommandOutcome.Ok(),
            ct
        );

    public async Task<string> ExpireAsync(Guid id, CancellationToken ct)
    {
        var due = await IsDueAsync(id, ct, ProcessActivityNames.ExpireRelease, ProcessActivityNames.ExpireReleaseDuringExtension);
        return await RecordAsync(
            id,
            state => LifecycleDecider.Expire(state, ProcessDay(due, state?.EndDate), options.Value.DestructionConfirmationDays),
            ct
        );
    }

    public async Task<string> FlagDestructionOverdueAsync(Guid id, CancellationToken ct)
    {
        var due = await IsDueAsync(id, ct, ProcessActivityNames.FlagDestructionOverdue);
        return await RecordAsync(
            id,
            state => LifecycleDecider.FlagDestructionOverdue(state, ProcessDay(due, state?.Expiry?.DestructionDueBy.AddDays(1))),
            ct
        );
    }

    /// <summary>
    /// The day an activity acts as of. When the process's own timer for it has fallen due, the process owns the deadline:
    /// the day is the date the timer stands for (a shortened clock in Development fires it early). Called any other way,
    /// it is today, and the domain refuses what is not yet due.
    /// </summary>
    private DateOnly ProcessDay(bool timerDue, DateOnly? standsFor) => timerDue && standsFor is { } day && day > Today() ? day : Today();

    private async Task<ProcessDeadline?> DeadlineAsync(Guid id, string activity, CancellationToken ct) =>
        (await process.FindAsync(id, ct))?.Deadlines.FirstOrDefault(d => d.Activity == activity);

    private async Task<bool> IsDueAsync(Guid id, CancellationToken ct, params string[] activities)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var deadlines = (await process.FindAsync(id, ct))?.Deadlines ?? [];
        return deadlines.Any(d => d.Activity is { } a && activities.Contains(a) && d.DueUtc <= now);
    }

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
            if (outcome.Failure == CommandFailure.Conflict)
                throw new InvalidOperationException($"Not due: {outcome.Message}");
            if (!outcome.Succeeded)
                throw new InvalidOperationException(outcome.Message);
            if ((await store.AppendAsync(id, loaded.State, outcome.Events, Actor.Workflow, ct: ct)).Appended)
                return ProcessOutcomes.Done;
            if (attempt == Attempts)
                throw new InvalidOperationException("The application kept changing; the step will be retried.");
        }
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
