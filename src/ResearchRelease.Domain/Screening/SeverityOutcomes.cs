namespace ResearchRelease.Domain.Screening;

/// <summary>Maps <see cref="Severity"/> to the outcome strings of <see cref="ScreeningResult"/>.</summary>
internal static class SeverityOutcomes
{
    public static string ToOutcome(this Severity severity) => severity switch
    {
        Severity.Met => Outcomes.Met,
        Severity.NeedsJudgement => Outcomes.NeedsJudgement,
        _ => Outcomes.NotMet,
    };

    public static Severity Worst(Severity a, Severity b) => a > b ? a : b;
}
