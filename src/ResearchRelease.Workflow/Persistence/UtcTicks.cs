namespace ResearchRelease.Workflow.Persistence;

/// <summary>
/// Times are stored as UTC ticks. WorkflowCore passes UTC everywhere except its poller, which asks
/// for runnable instances and events as of local <c>DateTime.Now</c>: a naive <c>.Ticks</c> of that
/// shifted cross-process waits by the machine's UTC offset.
/// </summary>
internal static class UtcTicks
{
    /// <summary>Local times are converted; UTC and unspecified (e.g. DateTime.MinValue) are taken as UTC.</summary>
    public static long From(DateTime value) => value.Kind == DateTimeKind.Local ? value.ToUniversalTime().Ticks : value.Ticks;

    public static long? From(DateTime? value) => value is null ? null : From(value.Value);

    public static DateTime ToUtc(long ticks) => new(ticks, DateTimeKind.Utc);

    public static DateTime? ToUtc(long? ticks) => ticks is null ? null : ToUtc(ticks.Value);
}
