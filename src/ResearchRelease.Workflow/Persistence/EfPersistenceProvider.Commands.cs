using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WorkflowCore.Models;

namespace ResearchRelease.Workflow.Persistence;

/// <summary>IScheduledCommandRepository.</summary>
internal sealed partial class EfPersistenceProvider
{
    private const int CommandBatch = 500;

    public bool SupportsScheduledCommands => true;

    /// <summary>
    /// The poller schedules every runnable instance on every poll, so most calls are duplicates: the
    /// upsert (SQLite and PostgreSQL alike) keeps one row per command and data at the EARLIER time.
    /// Keeping the first row instead would let a command for a sleep's end (minutes away) hold back
    /// a wait that a signal has just woken, whose poller asks for "now". Any other failure, such as a
    /// locked database, still surfaces.
    /// </summary>
    public async Task ScheduleCommand(ScheduledCommand command)
    {
        await using var db = contexts.CreateDbContext();
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO wf_scheduled_commands (command_name, data, execute_time) VALUES ({command.CommandName}, {command.Data}, {command.ExecuteTime})
            ON CONFLICT (command_name, data) DO UPDATE SET execute_time = excluded.execute_time
            WHERE wf_scheduled_commands.execute_time > excluded.execute_time
            """);
    }

    /// <summary>Loads the due commands first, then runs and deletes each; a failed one stays for the next poll.</summary>
    public async Task ProcessCommands(DateTimeOffset asOf, Func<ScheduledCommand, Task> action, CancellationToken cancellationToken = default)
    {
        var asOfTicks = asOf.UtcTicks;
        await using var db = contexts.CreateDbContext();
        var due = await db.ScheduledCommands.AsNoTracking()
            .Where(c => c.ExecuteTime <= asOfTicks)
            .OrderBy(c => c.ExecuteTime)
            .Take(CommandBatch)
            .ToListAsync(cancellationToken);
        foreach (var row in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await action(new ScheduledCommand { CommandName = row.CommandName, Data = row.Data, ExecuteTime = row.ExecuteTime });
                await db.ScheduledCommands.Where(c => c.Id == row.Id).ExecuteDeleteAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Scheduled command {Command} for {Data} failed; it stays scheduled", row.CommandName, row.Data);
            }
        }
    }
}
