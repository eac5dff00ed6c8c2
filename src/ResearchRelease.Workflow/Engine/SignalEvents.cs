namespace ResearchRelease.Workflow.Engine;

/// <summary>How a signal maps onto a WorkflowCore event.</summary>
/// <remarks>
/// The key MUST carry the round: when a wait subscribes, the engine replays every stored event
/// with the same name and key, processed or not. Without the round, the "resubmitted" of round 1
/// would immediately satisfy the wait of round 2, and the return loop would spin.
/// </remarks>
internal static class SignalEvents
{
    public static string Name(string signal) => signal;

    public static string Key(Guid applicationId, int round) => FormattableString.Invariant($"{applicationId:D}:{round}");
}
