namespace ResearchRelease.Domain.Screening;

/// <summary>The severities of a <see cref="ScreeningFinding"/> (screening policy principle 1).</summary>
public static class FindingSeverities
{
    /// <summary>Not met: the application is ineligible as it stands.</summary>
    public const string Blocks = "blocks";

    /// <summary>The Chief Statistician must weigh it.</summary>
    public const string NeedsJudgement = "needs_judgement";

    /// <summary>Evidence is missing: the application goes back to the researcher before any judgement.</summary>
    public const string Missing = "missing";

    /// <summary>Worth knowing; never changes the outcome, so nothing that matters is a note.</summary>
    public const string Note = "note";

    /// <summary>
    /// Principle 1: any blocking finding makes the application ineligible; otherwise missing evidence makes it
    /// incomplete; otherwise anything needing judgement sends it to judgement; otherwise it is eligible.
    /// </summary>
    public static string Overall(IEnumerable<ScreeningFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        bool blocks = false,
            missing = false,
            judgement = false;
        foreach (var f in findings)
        {
            blocks |= f.Severity == Blocks;
            missing |= f.Severity == Missing;
            judgement |= f.Severity == NeedsJudgement;
        }

        return blocks ? Outcomes.Ineligible
            : missing ? Outcomes.Incomplete
            : judgement ? Outcomes.NeedsJudgement
            : Outcomes.Eligible;
    }
}
