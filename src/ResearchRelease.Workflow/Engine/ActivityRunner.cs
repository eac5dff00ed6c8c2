using Microsoft.Extensions.Logging;
using ResearchRelease.Workflow.Journal;
using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace ResearchRelease.Workflow.Engine;

/// <summary>Runs one activity for a step, with the engine's bound on attempts.</summary>
/// <remarks>
/// Each activity that has done its work is logged at Debug level, before the engine saves the step: the crash
/// harness watches for that line to kill the app between an activity's commit and the engine's record of it.
/// </remarks>
internal sealed class ActivityRunner(
    IProcessActivities activities,
    ReleaseProcessOptions options,
    ProcessJournal journal,
    ILogger<ActivityRunner> logger
)
{
    public async Task<string> RunAsync(IStepExecutionContext context, string activity, ProcessData data)
    {
        var attempt = context.ExecutionPointer.RetryCount + 1;
        try
        {
            var step = new ActivityContext(activity, data.ApplicationId, data.Round);
            var outcome = await activities.RunAsync(step, context.CancellationToken);
            if (logger.IsEnabled(LogLevel.Debug))
            {
                logger.LogDebug(
                    "Activity {Activity} done for application {ApplicationId} round {Round} in workflow {WorkflowId}",
                    activity,
                    data.ApplicationId,
                    data.Round,
                    context.Workflow.Id
                );
            }

            return outcome;
        }
        catch (Exception ex) when (!context.CancellationToken.IsCancellationRequested)
        {
            await journal.ActivityFailedAsync(context, data.CurrentNode, activity, attempt, options.MaxActivityAttempts, ex);
            if (attempt < options.MaxActivityAttempts)
            {
                throw;
            }

            // WorkflowCore retries for ever; after the last attempt park the instance for an operator
            // instead. The rethrow still lets the engine persist the error (PersistErrors).
            logger.LogError(
                ex,
                "Activity {Activity} for application {ApplicationId} round {Round} failed {Attempts} times; suspending workflow {WorkflowId}",
                activity,
                data.ApplicationId,
                data.Round,
                attempt,
                context.Workflow.Id
            );
            context.Workflow.Status = WorkflowStatus.Suspended;
            await journal.SuspendedAsync(context, data.CurrentNode, $"{activity} failed {attempt} times; suspended for an operator");
            throw;
        }
    }
}
