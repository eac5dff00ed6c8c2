namespace ResearchRelease.Domain.Applications;

/// <summary>What a decision must contain before it can be signed.</summary>
public static class DecisionRules
{
    public const int MaxReasonsLength = 10_000;
    public const int MaxConditionLength = 2_000;
    public const int MaxConditions = 50;

    public static CommandOutcome Validate(
        ApplicationState state,
        Actor actor,
        DecisionRequest request,
        DateOnly today,
        Deputies.DeputyDesignation? designation = null
    )
    {
        var outcome = request.Outcome?.Trim().ToLowerInvariant();
        if (outcome is null || !DecisionOutcomes.All.Contains(outcome))
            return Invalid("outcome", "Choose whether to approve, refuse or return the application.");

        var reasons = request.Reasons?.Trim() ?? "";
        // Refusals need reasons the researcher can act on; returns say what to change.
        if (outcome != DecisionOutcomes.Approve && reasons.Length == 0)
            return Invalid(
                "reasons",
                outcome == DecisionOutcomes.Refuse ? "Enter the reasons for refusal." : "Enter what the researcher must change."
            );
        if (reasons.Length > MaxReasonsLength)
            return Invalid("reasons", $"Reasons must be {MaxReasonsLength:N0} characters or fewer.");
        if (TextRules.Problem(reasons, "The reasons") is { } badReasons)
            return Invalid("reasons", badReasons);

        var specific = (request.Conditions ?? []).Select(c => c?.Trim() ?? "").Where(c => c.Length > 0).ToList();
        if (specific.Count > MaxConditions)
            return Invalid("conditions", $"Enter no more than {MaxConditions} conditions.");
        if (specific.Any(c => c.Length > MaxConditionLength))
            return Invalid("conditions", $"Each condition must be {MaxConditionLength:N0} characters or fewer.");
        if (specific.Select(c => TextRules.Problem(c, "A condition")).FirstOrDefault(p => p is not null) is { } badCondition)
            return Invalid("conditions", badCondition);

        if (outcome != DecisionOutcomes.Approve)
            return CommandOutcome.Ok(
                new DecisionRecorded(state.Round, outcome, reasons, [], null, [], actor.Name, TitleOf(actor, designation))
                {
                    DeputyDesignationId = designation?.Id,
                }
            );

        if (request.EndDate is not { } endDate)
            return Invalid("endDate", "Enter the date the release ends.");
        if (endDate <= today)
            return Invalid("endDate", "The end date must be in the future.");
        if (endDate > today.AddYears(10))
            return Invalid("endDate", "The end date must be within 10 years.");

        var form = state.SubmittedForm ?? state.Form;
        var items = (form.DataItems ?? []).Select(i => i.Item ?? "").Where(i => i.Length > 0).Distinct().ToList();
        var conditions = StandardConditions.For(endDate).Concat(specific).ToList();
        return CommandOutcome.Ok(
            new DecisionRecorded(state.Round, outcome, reasons, conditions, endDate, items, actor.Name, TitleOf(actor, designation))
            {
                DeputyDesignationId = designation?.Id,
            }
        );
    }

    internal static string TitleOf(Actor actor, Deputies.DeputyDesignation? designation) =>
        designation is not null ? designation.SignatoryTitle
        : actor.Role == ActorRole.ChiefStatistician ? "Chief Statistician, Department for Education"
        : actor.Role.ToString();

    internal static string TitleOf(Actor actor) => TitleOf(actor, null);

    private static CommandOutcome Invalid(string field, string message) => CommandOutcome.Fail(CommandFailure.Invalid, message, field);
}
