namespace ResearchRelease.Domain.Screening;

/// <summary>
/// How far one finding falls short, ordered so that the worst finding decides a limb: any "not met" makes the
/// limb not met, otherwise any "needs judgement" makes it need judgement.
/// </summary>
internal enum Severity
{
    Met = 0,
    NeedsJudgement = 1,
    NotMet = 2,
}
