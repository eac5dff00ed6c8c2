using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Audit;

/// <summary>
/// The read model is written in the same transaction as every append, so it must equal the fold of the events. Removing
/// the last event and lowering the version leaves every link intact, but not the status, the outcome or the time of the
/// last change. Only facts the read model takes straight from the fold are compared (titles are cut to fit).
/// </summary>
internal static class ReadModelCheck
{
    public static string? Compare(ApplicationState state, ApplicationRecord row)
    {
        if (row.Version != state.Version)
            return $"it records version {row.Version}, the events fold to {state.Version}";
        if (row.Status != state.Status)
            return $"its status is {row.Status}, the events say {state.Status}";
        if (row.Round != state.Round)
            return $"its round is {row.Round}, the events say {state.Round}";
        if (row.Reference != state.Reference)
            return $"its reference is {row.Reference}, the events say {state.Reference}";
        if (row.OwnerSubject != state.OwnerSubject)
            return "its owner is not the account that drafted it";
        if (row.DecisionOutcome != state.Decision?.Outcome)
            return $"its decision is {row.DecisionOutcome ?? "none"}, the events say {state.Decision?.Outcome ?? "none"}";
        if (row.Recommendation != state.Screening?.Overall)
            return $"its recommendation is {row.Recommendation ?? "none"}, the events say {state.Screening?.Overall ?? "none"}";
        if (row.SubmittedAt?.Ticks != state.SubmittedAt?.Ticks)
            return $"its submission time is {Time(row.SubmittedAt)}, the events say {Time(state.SubmittedAt)}";
        if (row.DecidedAt?.Ticks != state.DecidedAt?.Ticks)
            return $"its decision time is {Time(row.DecidedAt)}, the events say {Time(state.DecidedAt)}";
        return null;
    }

    private static string Time(DateTime? at) =>
        at is { } t ? t.ToString("yyyy-MM-dd HH:mm:ss.ffffff", System.Globalization.CultureInfo.InvariantCulture) : "none";

    /// <summary>The row is updated with the time of the last append; a later time means events after it were removed.</summary>
    public static string? CompareTime(ApplicationRecord row, DateTime lastEventAt) =>
        row.UpdatedAt.Ticks == lastEventAt.Ticks
            ? null
            : $"it was last changed at {row.UpdatedAt:yyyy-MM-dd HH:mm:ss.ffffff}, "
                + $"but its last stored event is from {lastEventAt:yyyy-MM-dd HH:mm:ss.ffffff}";
}
