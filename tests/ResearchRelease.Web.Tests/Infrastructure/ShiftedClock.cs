namespace ResearchRelease.Web.Tests.Infrastructure;

/// <summary>
/// The real clock moved forward on demand, so a test can reach a release's end date without waiting. Only "now"
/// moves: timers and delays stay real, so the engine and the outbox keep running normally.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public DateOnly Today => DateOnly.FromDateTime(GetUtcNow().UtcDateTime);
}
