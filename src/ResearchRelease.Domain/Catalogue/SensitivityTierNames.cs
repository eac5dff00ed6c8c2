namespace ResearchRelease.Domain.Catalogue;

/// <summary>Plain-English names for <see cref="SensitivityTier"/>, as compliance staff and the public read them.</summary>
public static class SensitivityTierNames
{
    public static string DisplayName(this SensitivityTier tier) =>
        tier switch
        {
            SensitivityTier.HighlySensitive => "Highly sensitive",
            SensitivityTier.Identifying => "Identifying",
            SensitivityTier.Sensitive => "Sensitive",
            SensitivityTier.Other => "Other individual-level data",
            _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown sensitivity tier."),
        };

    /// <summary>What the tier covers, in the words of docs/domain.md.</summary>
    public static string Explanation(this SensitivityTier tier) =>
        tier switch
        {
            SensitivityTier.HighlySensitive => "Children's-services interactions and exclusion reasons; weighed case by case.",
            SensitivityTier.Identifying =>
                "Identifies a pupil directly; needs a specific justification, usually linkage, and a pseudonymous identifier usually serves instead.",
            SensitivityTier.Sensitive =>
                "Personal characteristics such as ethnicity, first language, free school meals and special educational needs.",
            SensitivityTier.Other => "Other individual-level data such as attainment, year group and absence counts.",
            _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown sensitivity tier."),
        };
}
