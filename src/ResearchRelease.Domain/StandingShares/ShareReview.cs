namespace ResearchRelease.Domain.StandingShares;

/// <summary>
/// When the review of an agreement in force is due: a reminder from <see cref="ReminderDays"/> days before the review
/// date, and an overdue flag from the day after it, until a renewal is approved. The one owner of these periods.
/// </summary>
public static class ShareReview
{
    public const int ReminderDays = 30;

    public static DateOnly? ReminderDue(StandingShareState state) => state.InForce?.ReviewDate?.AddDays(-ReminderDays);

    public static DateOnly? OverdueFrom(StandingShareState state) => state.InForce?.ReviewDate?.AddDays(1);

    public static bool ReminderIsDue(StandingShareState state, DateOnly today) =>
        ReminderDue(state) is { } due && today >= due && !state.ReviewReminded;

    public static bool OverdueIsDue(StandingShareState state, DateOnly today) =>
        OverdueFrom(state) is { } from && today >= from && !state.ReviewOverdue;
}
