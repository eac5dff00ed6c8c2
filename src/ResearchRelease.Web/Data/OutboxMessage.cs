namespace ResearchRelease.Web.Data;

/// <summary>
/// A side effect owed to the workflow engine (start an instance, deliver a signal), written in the same
/// transaction as the event that caused it and dispatched after commit. Dispatch is idempotent.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public string Kind { get; set; } = "";
    public Guid ApplicationId { get; set; }
    public int Round { get; set; }
    public string? Signal { get; set; }
    public string? Payload { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? DispatchedAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}

public static class OutboxKinds
{
    public const string StartProcess = "start_process";
    public const string Signal = "signal";

    /// <summary>Start a standing share's review process at <see cref="OutboxMessage.Round"/> (its review period).</summary>
    public const string StartShareReview = "start_share_review";
}
