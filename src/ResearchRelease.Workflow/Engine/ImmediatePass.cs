using Microsoft.Extensions.DependencyInjection;

namespace ResearchRelease.Workflow.Engine;

/// <summary>
/// Runs an instance's pass at once in the caller that has just started or signalled it (the request that submitted
/// an application, through <see cref="IReleaseProcess.RunNowAsync"/>), instead of leaving it to the next free
/// runner: the submission is screened and in the Chief Statistician's queue when the request answers, and a burst is
/// carried by as many requests as the web server runs rather than by the fixed number of runners. An instance that a
/// runner already holds is left to it, and the caller waits for that runner's pass (the instance runs once more
/// afterwards if it was asked for meanwhile, as <see cref="WorkQueue"/> promises); one the queue holds but no runner
/// has taken yet is taken here. A node that runs no steps does nothing here.
/// </summary>
internal sealed class ImmediatePass(IServiceProvider services, ReleaseProcessOptions options)
{
    /// <summary>
    /// Not cancelled with the caller: a pass that has begun finishes and saves even if the person who asked has gone.
    /// A pass that fails is logged and left to the runners, so the caller's own work (already committed) stands.
    /// </summary>
    public async Task RunAsync(string workflowId)
    {
        if (!options.RunSteps)
            return;
        if (services.GetRequiredService<WorkQueue>().TryTakeNow(workflowId, out var runnersPass))
        {
            await services.GetRequiredService<InstancePass>().RunAndFinishAsync(workflowId, CancellationToken.None);
        }
        else
        {
            await runnersPass;
        }
    }

    /// <inheritdoc cref="InstancePass.RunHeldAsync"/>
    public Task<HeldPass> RunHeldAsync(WorkflowCore.Models.WorkflowInstance workflow, CancellationToken cancellationToken) =>
        services.GetRequiredService<InstancePass>().RunHeldAsync(workflow, cancellationToken);
}
