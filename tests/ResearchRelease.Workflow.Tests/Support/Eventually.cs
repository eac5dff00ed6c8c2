namespace ResearchRelease.Workflow.Tests.Support;

/// <summary>
/// Polls until a condition holds. The timeout is generous and only bounds a hung test: pass or
/// fail never depends on how fast the engine is.
/// </summary>
internal static class Eventually
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static async Task<ProcessInstanceView> InstanceAsync(
        IReleaseProcess process,
        Guid applicationId,
        Func<ProcessInstanceView, bool> condition,
        string what
    )
    {
        ProcessInstanceView? last = null;
        var deadline = DateTime.UtcNow + Timeout;
        while (DateTime.UtcNow < deadline)
        {
            last = await process.FindAsync(applicationId, CancellationToken.None);
            if (last is not null && condition(last))
            {
                return last;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Gave up waiting for {what}; last seen: {last?.ToString() ?? "no instance"}.");
    }

    public static Task<ProcessInstanceView> CompleteAsync(IReleaseProcess process, Guid applicationId) =>
        InstanceAsync(process, applicationId, v => v.Status == ProcessStatus.Complete, "completion");

    public static Task<ProcessInstanceView> WaitingAtAsync(IReleaseProcess process, Guid applicationId, string node, int round) =>
        InstanceAsync(
            process,
            applicationId,
            v => v.Status == ProcessStatus.Waiting && v.CurrentNode == node && v.Round == round,
            $"a wait at '{node}' in round {round}"
        );

    public static async Task UntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!condition())
        {
            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"Gave up waiting for {what}.");
            }

            await Task.Delay(50);
        }
    }
}
