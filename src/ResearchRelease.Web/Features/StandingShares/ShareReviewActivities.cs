using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.StandingShares;
using ResearchRelease.Web.Process;
using ResearchRelease.Workflow;

namespace ResearchRelease.Web.Features.StandingShares;

/// <summary>
/// The activities and anchors of the standing share review process (workflows/standing-share-review.v1.json): the
/// definition owns when a review reminder and an overdue flag fall due; these record them. The process's round is the
/// share's review period (<see cref="Period"/>), so a timer of a period that a renewal has closed records nothing. Each
/// is idempotent: the domain records a reminder or a flag once per terms in force.
/// </summary>
public sealed class ShareReviewActivities(StandingShareStore store, TimeProvider clock)
{
    /// <summary>1 for the first approved terms, one more for each approved renewal: the review process's round.</summary>
    public static int Period(StandingShareState state) => state.Decisions.Count(d => d.Decision.Outcome == DecisionOutcomes.Approve);

    public async Task<string> RunAsync(ActivityContext context, CancellationToken ct)
    {
        if (context.Activity == ProcessActivityNames.BeginReviewPeriod)
            return ProcessOutcomes.Done;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var loaded = await store.LoadAsync(context.ApplicationId, ct)
                ?? throw new InvalidOperationException($"Standing share {context.ApplicationId} does not exist.");
            var state = loaded.State;
            if (Period(state) != context.Round || state.InForce?.ReviewDate is not { } review)
                return ProcessOutcomes.Done;
            // The timer that runs the flag is due from the day after the review date; a shortened clock (Development) fires it
            // early, and the flag then stands for that day, as the lifecycle's timers do.
            var outcome =
                context.Activity == ProcessActivityNames.RemindShareReview
                    ? StandingShareDecider.RecordReviewReminder(state)
                    : StandingShareDecider.FlagReviewOverdue(state, Later(Today(), review.AddDays(1)));
            if (!outcome.Succeeded)
                return ProcessOutcomes.Done; // already recorded for these terms
            if (await store.AppendAsync(context.ApplicationId, state, outcome.Events, Actor.Workflow, ct) is not null)
                return ProcessOutcomes.Done;
        }
        throw new InvalidOperationException($"Standing share {context.ApplicationId} kept changing while its review was recorded.");
    }

    /// <summary>The dates of the terms in force, at 00:00 UTC; null when there is none (the timer is then not set).</summary>
    public async Task<DateTimeOffset?> AnchorAsync(Guid id, string anchor, CancellationToken ct)
    {
        var terms = (await store.LoadAsync(id, ct))?.State.InForce;
        var day = anchor switch
        {
            ProcessAnchorNames.ShareReviewDate => terms?.ReviewDate,
            ProcessAnchorNames.ShareReviewOverdue => terms?.ReviewDate?.AddDays(1),
            ProcessAnchorNames.ShareAgreementEnd => terms?.AgreementEnd?.AddDays(1),
            _ => null,
        };
        return day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
