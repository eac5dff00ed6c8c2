using WorkflowCore.Interface;

namespace ResearchRelease.Workflow.Engine;

/// <summary>
/// WorkflowCore's clock on the app's <see cref="TimeProvider"/>: sleeping steps, the poller and the
/// scheduled commands all read it, so a test that advances a FakeTimeProvider crosses the engine's
/// deadlines without sleeping.
/// </summary>
internal sealed class EngineClock(TimeProvider time) : IDateTimeProvider
{
    // LocalDateTime has Kind Local, which the store converts to UTC (GetLocalNow().DateTime would be Unspecified).
    public DateTime Now => time.GetUtcNow().LocalDateTime;

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;
}
