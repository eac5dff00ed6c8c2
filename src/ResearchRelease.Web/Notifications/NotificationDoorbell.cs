namespace ResearchRelease.Web.Notifications;

/// <summary>Wakes the dispatcher as soon as a transaction that queued notifications has committed.</summary>
public sealed class NotificationDoorbell : IDisposable
{
    private readonly SemaphoreSlim _bell = new(0, int.MaxValue);

    public void Ring() => _bell.Release();

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _bell.WaitAsync(timeout, ct);

    public void Dispose() => _bell.Dispose();
}
