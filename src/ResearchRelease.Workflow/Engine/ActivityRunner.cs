using ResearchRelease.Workflow.Journal;
using Microsoft.Extensions.Logging;
using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace ResearchRelease.Workflow.Engine;

/// <summary>Runs one activity for a step, with the engine's bound on attempts.</summary>
internal sealed class ActivityRunner(
    IProcessActivities activities, ReleaseProcessOptions options, ProcessJournal journal, ILogger<ActivityRunner> logger)
{
    public async Task<string> RunAsync(IStepExecutionContext context, string activity, ProcessData data)
    {
        var attempt = context.ExecutionPointer.RetryCount + 1;
        try
        {
            return await activities.RunAsync(new ActivityContext(activity, data.ApplicationId, data.Round), context.CancellationToken);
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
            logger.LogError(ex, "Activity {Activity} for application {ApplicationId} round {Round} failed {Attempts} times; suspending workflow {WorkflowId}",
                activity, data.ApplicationId, data.Round, attempt, context.Workflow.Id);
            context.Workflow.Status = WorkflowStatus.Suspended;
            await journal.SuspendedAsync(context, data.CurrentNode, $"{activity} failed {attempt} times; suspended for an operator");
            throw;
        }
    }
}
