namespace ResearchRelease.Domain.Screening;

/// <summary>Maps <see cref="Severity"/> to the strings of <see cref="ScreeningResult"/> and <see cref="ScreeningFinding"/>.</summary>
internal static class SeverityOutcomes
{
    /// <summary>A limb's outcome from its worst finding; missing evidence leaves a limb to judgement.</summary>
    public static string ToOutcome(this Severity severity) =>
        severity switch
        {
            Severity.Met or Severity.Note => Outcomes.Met,
            Severity.NeedsJudgement or Severity.Missing => Outcomes.NeedsJudgement,
            _ => Outcomes.NotMet,
        };

    public static string ToFindingSeverity(this Severity severity) =>
        severity switch
        {
            Severity.NotMet => FindingSeverities.Blocks,
            Severity.Missing => FindingSeverities.Missing,
            Severity.NeedsJudgement => FindingSeverities.NeedsJudgement,
            _ => FindingSeverities.Note,
        };

    public static Severity Worst(Severity a, Severity b) => a > b ? a : b;
}
