using WorkflowCore.Models;

namespace ResearchRelease.Workflow.Engine;

/// <summary>What "waiting" means for an instance, in one place: the status, the operators' list and the journal read it.</summary>
internal static class Waiting
{
    /// <summary>
    /// When the instance began the wait it is at, or null when it is not waiting. A wait counts once its step has begun
    /// it (set its deadlines) for the current node and round, not merely once the previous node chose it. Instances from
    /// before waits read stored signals (ADR 0012) wait on a WorkflowCore event instead.
    /// </summary>
    public static DateTime? Since(WorkflowInstance instance)
    {
        if (instance.Data is ProcessData { Wait: { } wait } data && wait.Node == data.CurrentNode && wait.Round == data.Round)
        {
            return wait.EnteredAtUtc;
        }

        return instance
            .ExecutionPointers.Where(p => p.Status == PointerStatus.WaitingForEvent && !p.EventPublished && p.EndTime is null)
            .Select(p => p.StartTime)
            .FirstOrDefault();
    }
}
