namespace ResearchRelease.Web.Notifications;

/// <summary>
/// Wakes the dispatcher as soon as a transaction that queued notifications has committed. Rings while the dispatcher is
/// busy count as one: its next pass reads every row that is due, so a burst of commits costs one more pass, not one each.
/// </summary>
public sealed class NotificationDoorbell : IDisposable
{
    private readonly SemaphoreSlim _bell = new(0, 1);

    public void Ring()
    {
        try
        {
            _bell.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already rung and not yet answered: the pass that answers it reads this commit's rows too.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _bell.WaitAsync(timeout, ct);

    public void Dispose() => _bell.Dispose();
}
