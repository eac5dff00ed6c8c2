using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Workflow;

namespace ResearchRelease.Web.Tests.Infrastructure;

/// <summary>
/// Waits until the engine has stored an application's process waiting at a node. An activity's own records (an
/// event, a letter) appear while its step is still running; the move to the next wait, and the journal's "waiting"
/// row, are stored only when the step returns, so a test that reads them must wait for this, not for the event.
/// </summary>
public static class ProcessWaits
{
    public static async Task<ProcessInstanceView> WaitingAtAsync(AppFactory app, Guid id, string node) =>
        (
            await Poll.UntilAsync(
                () => FindAsync(app, id),
                view => view is { Status: ProcessStatus.Waiting } && view.CurrentNode == node,
                view => $"Gave up waiting for the wait at {node}: {view}."
            )
        )!;

    private static async Task<ProcessInstanceView?> FindAsync(AppFactory app, Guid id)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IReleaseProcess>().FindAsync(id, CancellationToken.None);
    }
}
