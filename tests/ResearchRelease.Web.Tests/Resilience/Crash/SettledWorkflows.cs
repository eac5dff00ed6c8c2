using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Resilience.Crash;

/// <summary>
/// The letter is committed a moment before the engine records that its step ran and the instance completed, so a
/// test that has just seen the letter waits for the instances to settle before it judges them: an instance still
/// not complete (or, approved, not yet waiting for its release's end) after the grace period is stuck.
/// </summary>
public static class SettledWorkflows
{
    public static async Task<StoredRows> WaitAsync(TestDatabase database, int expected, TimeSpan grace)
    {
        return await Poll.LastAsync(
            () => StoredRows.ReadAsync(database),
            rows =>
                rows.Workflows.Count == expected
                && rows.Workflows.All(w => w.Status is "Complete" or "Released")
                && rows.Outbox.All(m => m.Dispatched),
            grace
        );
    }
}
