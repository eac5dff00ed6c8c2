namespace ResearchRelease.Domain.StandingShares;

/// <summary>
/// What the domain checks about a review. When the reminder is sent is the workflow definition's (the timer
/// <c>share-review-reminder</c> of workflows/standing-share-review.v1.json); the overdue flag is refused before the day
/// after the review date whoever asks, so a review can never be flagged overdue while it is not.
/// </summary>
public static class ShareReview
{
    public static DateOnly? OverdueFrom(StandingShareState state) => state.InForce?.ReviewDate?.AddDays(1);

    public static bool ReminderIsDue(StandingShareState state) => state.InForce?.ReviewDate is not null && !state.ReviewReminded;

    public static bool OverdueIsDue(StandingShareState state, DateOnly asOf) =>
        OverdueFrom(state) is { } from && asOf >= from && !state.ReviewOverdue;
}
