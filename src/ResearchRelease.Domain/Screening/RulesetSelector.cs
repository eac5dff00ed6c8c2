namespace ResearchRelease.Domain.Screening;

/// <summary>
/// Chooses the wording in force. The 2013 amendment's commencement date is passed in from configuration and never
/// fixed here, because it has not been checked against the statute (docs/domain.md, "The setting").
/// </summary>
public static class RulesetSelector
{
    /// <summary>
    /// The 2013 wording for an application submitted on or after the amendment's commencement, otherwise the
    /// 2009 wording as made.
    /// </summary>
    public static Ruleset For(DateOnly submittedOn, DateOnly amendmentCommencement) =>
        submittedOn >= amendmentCommencement ? Ruleset.Wording2013 : Ruleset.Wording2009;
}
