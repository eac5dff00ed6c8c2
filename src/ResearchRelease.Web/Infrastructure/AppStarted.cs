namespace ResearchRelease.Web.Infrastructure;

/// <summary>
/// Background loops whose first pass reads the database wait for the app to be serving: that first read builds EF's
/// model of the whole database, work the first page does not need and should not wait behind.
/// </summary>
public static class AppStarted
{
    /// <summary>Completes once the app has started; returns false if it is stopping instead.</summary>
    public static async Task<bool> WaitAsync(IHostApplicationLifetime lifetime, CancellationToken stoppingToken)
    {
        if (lifetime.ApplicationStarted.IsCancellationRequested) return true;
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
