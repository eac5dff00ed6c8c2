using ResearchRelease.Domain.Calendar;

namespace ResearchRelease.Domain.Applications;

/// <summary>
/// What a decision on an extension round must contain. The same rules as any decision (reasons, conditions,
/// a future end date), except that it is approve or refuse only, and an approval sets a later end date
/// (the requested one unless the Chief Statistician gives another) while keeping the original approval's
/// data items and specific conditions.
/// </summary>
public static class ExtensionRules
{
    public static readonly IReadOnlyList<string> Outcomes = [DecisionOutcomes.Approve, DecisionOutcomes.Refuse];

    public static CommandOutcome Validate(ApplicationState state, Actor actor, DecisionRequest request, DateOnly today)
    {
        var outcome = request.Outcome?.Trim().ToLowerInvariant();
        if (outcome is null || !Outcomes.Contains(outcome))
            return Invalid("outcome", "Choose whether to approve or refuse the extension.");
        var pending = state.PendingExtension!;
        var endDate = outcome == DecisionOutcomes.Approve ? request.EndDate ?? pending.NewEndDate : (DateOnly?)null;
        if (endDate is { } end && end <= pending.CurrentEndDate)
            return Invalid("endDate", $"The new end date must be after the current end date, {PlainDates.Day(pending.CurrentEndDate)}.");

        var checkedOutcome = DecisionRules.Validate(state, actor, request with { Outcome = outcome, EndDate = endDate }, today);
        if (!checkedOutcome.Succeeded || outcome != DecisionOutcomes.Approve)
            return checkedOutcome;

        var decided = (DecisionRecorded)checkedOutcome.Events[0];
        // The specific conditions in force (as last worded, a correction included) carry over; the standard ones are restated.
        var kept = state.EndDate is { } currentEnd
            ? LetterDetails.Current(state).Conditions.Except(StandardConditions.For(currentEnd)).ToList()
            : [];
        var added = decided.Conditions.Except(StandardConditions.For(endDate!.Value));
        return CommandOutcome.Ok(
            decided with
            {
                Conditions = [.. StandardConditions.For(endDate.Value), .. kept, .. added.Except(kept)],
                ApprovedDataItems = state.Decision?.ApprovedDataItems ?? decided.ApprovedDataItems,
            }
        );
    }

    private static CommandOutcome Invalid(string field, string message) => CommandOutcome.Fail(CommandFailure.Invalid, message, field);
}
