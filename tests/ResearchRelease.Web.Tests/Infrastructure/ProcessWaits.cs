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
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task<ProcessInstanceView> WaitingAtAsync(AppFactory app, Guid id, string node)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            using var scope = app.Services.CreateScope();
            var view = await scope.ServiceProvider.GetRequiredService<IReleaseProcess>().FindAsync(id, CancellationToken.None);
            if (view is { Status: ProcessStatus.Waiting } && view.CurrentNode == node) return view;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Gave up waiting for the wait at {node}: {view}.");
            await Task.Delay(100);
        }
    }
}
