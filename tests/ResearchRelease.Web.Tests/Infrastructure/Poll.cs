namespace ResearchRelease.Web.Tests.Infrastructure;

/// <summary>
/// The one way tests wait for background work (the engine, the outbox, the mailbox): read, check, read again a
/// moment later. The limit is a safety net against a hung engine, never a performance assertion; a timeout says
/// what was awaited and what was last seen.
/// </summary>
public static class Poll
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>Reads until <paramref name="done"/> accepts the value; a timeout throws with <paramref name="failure"/>'s words.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, Func<T, string> failure, TimeSpan? patience = null)
    {
        var (value, reached) = await ReadAsync(read, done, patience);
        return reached ? value : throw new TimeoutException(failure(value));
    }

    /// <summary>Waits until the condition holds; a timeout throws naming <paramref name="what"/>.</summary>
    public static Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? patience = null) =>
        UntilAsync(condition, ok => ok, _ => $"Gave up waiting for {what}.", patience);

    /// <summary>Reads until <paramref name="done"/> accepts the value or time runs out, and returns the last value either way.</summary>
    public static async Task<T> LastAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? patience = null) =>
        (await ReadAsync(read, done, patience)).Value;

    private static async Task<(T Value, bool Reached)> ReadAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? patience)
    {
        var deadline = DateTime.UtcNow + (patience ?? Patience);
        while (true)
        {
            var value = await read();
            if (done(value))
                return (value, true);
            if (DateTime.UtcNow > deadline)
                return (value, false);
            await Task.Delay(Interval);
        }
    }
}
