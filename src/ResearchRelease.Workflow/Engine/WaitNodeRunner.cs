using ResearchRelease.Workflow.Definitions;
using ResearchRelease.Workflow.Journal;
using ResearchRelease.Workflow.Persistence;
using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace ResearchRelease.Workflow.Engine;

/// <summary>
/// A wait node: takes the first stored signal it accepts, else fires the timers that are due, else
/// sleeps until the next timer or until a signal wakes it.
/// </summary>
/// <remarks>
/// Not WorkflowCore's WaitForEvent: one step can wait for one event only, and an event subscription
/// replays every stored event with its key, which a wait that is re-entered after a timer would take
/// again. Here the stored signals are the inbox, what a wait has taken is kept in
/// <see cref="ProcessData.ConsumedSignals"/>, and <see cref="ReleaseProcess.SignalAsync"/> wakes the
/// sleeping step. Signals win over timers due at the same run: a resubmission that arrived just
/// before the lapse counts.
/// </remarks>
internal sealed class WaitNodeRunner(
    EfPersistenceProvider store,
    TimerSchedule schedule,
    ActivityRunner activities,
    ProcessJournal journal,
    TimeProvider time
)
{
    /// <summary>The sleep of a wait without timers: a century stands for "until a signal wakes it".</summary>
    private static readonly TimeSpan UntilWoken = TimeSpan.FromDays(36525);

    public async Task<ExecutionResult> RunAsync(IStepExecutionContext context, string nodeId, ProcessNode node, ProcessData data)
    {
        var ct = context.CancellationToken;
        var now = time.GetUtcNow().UtcDateTime;
        var wait = data.Wait;
        if (wait is null || wait.Node != data.CurrentNode || wait.Round != data.Round)
        {
            wait = await schedule.BeginAsync(node, data, now, ct);
            data.Wait = wait;
            await journal.WaitingAsync(context, nodeId, string.Join(" or ", node.Routes.Keys));
        }

        var open = node.Routes.Keys.Where(s => !data.ConsumedSignals.Contains(Consumed(s, data.Round))).ToList();
        if (await store.FindSignalAsync(SignalEvents.Key(data.ApplicationId, data.Round), open, ct) is { } signal)
        {
            await journal.SignalReceivedAsync(context, nodeId, signal.Name, signal.Payload);
            // Marked for operators' sake (an unprocessed signal looks stuck); the waits do not read the flag.
            await store.MarkSignalTakenAsync(SignalEvents.Key(data.ApplicationId, data.Round), signal.Name, ct);
            Take(node, data, signal.Name, signal.Payload);
            await journal.NodeLeftAsync(context, nodeId, data.LastOutcome, data.CurrentNode);
            return ExecutionResult.Next();
        }

        while (true)
        {
            foreach (var timer in TimerSchedule.Due(node, wait, now))
            {
                if (timer.Activity is not null)
                {
                    await activities.RunAsync(context, timer.Activity, data);
                }

                wait.Fired.Add(timer.Id);
                await journal.TimerFiredAsync(context, nodeId, timer.Id, timer.Activity);
                if (timer.Next is not null)
                {
                    data.LastOutcome = $"timer:{timer.Id}";
                    data.CurrentNode = timer.Next;
                    data.Wait = null;
                    await journal.NodeLeftAsync(context, nodeId, data.LastOutcome, data.CurrentNode);
                    return ExecutionResult.Next();
                }
            }

            // Asleep until the earliest timer that has not fired, or, with none, until a signal wakes the wait
            // (ReleaseProcess.SignalAsync): a waiting instance is not due, so no poll or pass touches it before then.
            // WorkflowCore runs a sleeping step only once its time is strictly past, so wake just after the due time.
            // The wake is fixed as a time first and turned into a duration from the clock as it is now: WorkflowCore adds
            // the duration to its own reading when the step returns, and the reads and activities above take a while.
            // A timer that fell due meanwhile fires now: sleeping until just after a time already passed would wait for
            // the clock to move again, which a clock that stands still (a test's) never does.
            var current = time.GetUtcNow().UtcDateTime;
            var wake = TimerSchedule.NextDue(node, wait);
            if (wake is { } due && due <= current)
            {
                now = current;
                continue;
            }

            var sleep = (wake ?? current + UntilWoken) - current;
            return ExecutionResult.Sleep(sleep + TimeSpan.FromMilliseconds(1), null);
        }
    }

    /// <summary>The form a taken signal is kept in <see cref="ProcessData.ConsumedSignals"/>.</summary>
    public static string Consumed(string signal, int round) => FormattableString.Invariant($"{signal}@{round}");

    /// <summary>Follows the route of a signal the node accepts.</summary>
    public static void Take(ProcessNode node, ProcessData data, string signal, string payload)
    {
        var route = node.Routes[signal];
        var target = route.TargetFor(payload)
            ?? throw new InvalidOperationException(
                $"Node '{data.CurrentNode}' has no transition for signal '{signal}' with payload '{payload}'."
            );
        data.ConsumedSignals.Add(Consumed(signal, data.Round));
        data.LastOutcome = payload.Length > 0 ? payload : signal;
        data.CurrentNode = target;
        data.Wait = null;
        if (route.AdvancesRound)
        {
            data.Round++;
        }
    }
}
