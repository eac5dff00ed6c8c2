namespace ResearchRelease.Domain.Catalogue;

/// <summary>
/// One item of individual pupil information an applicant may request (docs/domain.md, "The data item catalogue").
/// </summary>
/// <param name="Code">The code applications use, for example <c>ks4_results</c>.</param>
/// <param name="Name">A plain-English name.</param>
/// <param name="Description">What the item holds, in a sentence.</param>
/// <param name="Tier">The sensitivity tier (the project's own classification, editable by compliance).</param>
/// <param name="Retired">No longer offered: kept so that old applications and decisions still read.</param>
public sealed record DataItemDefinition(string Code, string Name, string Description, SensitivityTier Tier, bool Retired = false)
{
    /// <summary>
    /// The UK GDPR Article 9(1) category the item falls in (for example "racial or ethnic origin"), or null when it
    /// is not special category data. Requesting such an item calls for an Article 9 condition as well as an
    /// Article 6 basis.
    /// </summary>
    public string? Article9Category { get; init; }

    public bool IsSpecialCategory => Article9Category is not null;

    public bool IsIdentifying => Tier == SensitivityTier.Identifying;

    public bool IsHighlySensitive => Tier == SensitivityTier.HighlySensitive;
}
