namespace ResearchRelease.Workflow;

/// <summary>
/// Dates that anchored timers count from, such as the end date of an approved release. Supplied by the
/// app, and asked each time a wait with anchored timers begins, so a changed date (an approved
/// extension) counts from the next wait on.
/// </summary>
public interface IProcessAnchors
{
    /// <summary>The anchor's date for the application in the given round, or null when it has none (the timer is then not set).</summary>
    Task<DateTimeOffset?> ResolveAsync(Guid applicationId, int round, string anchor, CancellationToken cancellationToken);
}
