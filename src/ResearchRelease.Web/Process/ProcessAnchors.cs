using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Features.StandingShares;
using ResearchRelease.Workflow;

namespace ResearchRelease.Web.Process;

/// <summary>
/// The dates the engine anchors timers on, read from the application's events each time they are asked for,
/// so that a timer set after an approved extension uses the new end date.
/// </summary>
public sealed class ProcessAnchors(ApplicationStore store, ShareReviewActivities shares) : IProcessAnchors
{
    public Task<DateTimeOffset?> ResolveAsync(Guid applicationId, int round, string anchor, CancellationToken cancellationToken) =>
        ResolveAnchorAsync(applicationId, round, anchor, cancellationToken);

    /// <summary>
    /// <c>release-end</c>: the start (00:00 UTC) of the approved release's current end date; null when the application has
    /// no approved release (never approved, or the name is not an anchor). <paramref name="round"/> is accepted for the
    /// engine's port and ignored: the end date is the release's, whichever round asks.
    /// </summary>
    public async Task<DateTimeOffset?> ResolveAnchorAsync(Guid applicationId, int round, string anchor, CancellationToken cancellationToken)
    {
        if (anchor is ProcessAnchorNames.ShareReviewDate or ProcessAnchorNames.ShareReviewOverdue or ProcessAnchorNames.ShareAgreementEnd)
            return await shares.AnchorAsync(applicationId, anchor, cancellationToken);
        if (anchor == ProcessAnchorNames.DestructionDue)
        {
            // Overdue from the day after the confirmation was due (the domain flags only after that day).
            var expired = await store.LoadAsync(applicationId, cancellationToken);
            return expired?.State.Expiry is { } expiry
                ? new DateTimeOffset(expiry.DestructionDueBy.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
                : null;
        }

        if (anchor != ProcessAnchorNames.ReleaseEnd)
            return null;
        var loaded = await store.LoadAsync(applicationId, cancellationToken);
        if (loaded?.State is not { Decision.Outcome: DecisionOutcomes.Approve, EndDate: { } end })
            return null;
        return new DateTimeOffset(end.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }
}
