namespace ResearchRelease.Domain.Screening;

/// <summary>
/// How far one finding falls short, ordered so that the worst decides (screening policy principle 1). "Met" is a
/// statement of what holds, kept for the limb-by-limb view but not a finding; a note never changes an outcome.
/// </summary>
internal enum Severity
{
    Met = 0,
    Note = 1,
    NeedsJudgement = 2,
    Missing = 3,
    NotMet = 4,
}
