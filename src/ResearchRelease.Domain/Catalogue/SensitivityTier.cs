namespace ResearchRelease.Domain.Catalogue;

/// <summary>
/// How sensitive a catalogue item is, modelled on the tiers DfE used for the National Pupil Database
/// (docs/domain.md, "The data item catalogue"). The tier of each item is the project's own classification and
/// compliance staff may change it. Declared from most to least sensitive.
/// </summary>
public enum SensitivityTier
{
    /// <summary>Children's-services interactions (children in need, looked after) and exclusion reasons.</summary>
    HighlySensitive,

    /// <summary>Names, address, full date of birth, pupil and learner numbers: they identify a pupil directly.</summary>
    Identifying,

    /// <summary>Ethnicity, first language, free school meals, special educational needs.</summary>
    Sensitive,

    /// <summary>Other individual-level data: attainment, year group, absence counts, a pseudonymous identifier.</summary>
    Other,
}
