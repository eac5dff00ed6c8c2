using WorkflowCore.Models;

namespace ResearchRelease.Workflow.Persistence;

/// <summary>
/// IScheduledCommandRepository, switched off: the engine's own poller finds due instances by their next execution
/// time and claims them (<see cref="ClaimDueAsync"/>), so no command rows are written for WorkflowCore to replay.
/// </summary>
internal sealed partial class EfPersistenceProvider
{
    public bool SupportsScheduledCommands => false;

    public Task ScheduleCommand(ScheduledCommand command) =>
        throw new NotSupportedException("Scheduled commands are not used: due instances are claimed by the engine's poller.");

    public Task ProcessCommands(DateTimeOffset asOf, Func<ScheduledCommand, Task> action, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Scheduled commands are not used: due instances are claimed by the engine's poller.");
}
