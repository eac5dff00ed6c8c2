namespace ResearchRelease.Web.Data;

/// <summary>One data item of the catalogue as compliance maintains it. Never deleted: retired items stay readable on old applications.</summary>
public sealed class CatalogueItemRecord
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";

    /// <summary>The <see cref="Domain.Catalogue.SensitivityTier"/> name, stored as a string.</summary>
    public string Tier { get; set; } = "";
    public string? Article9Category { get; set; }
    public bool Retired { get; set; }

    /// <summary>Catalogue order (the seed's order; new items go last).</summary>
    public int Position { get; set; }
}
