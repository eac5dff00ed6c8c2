namespace ResearchRelease.Web.Features.Register;

/// <summary>
/// The register of disclosures as at the end of a finished quarter (<c>register_snapshots</c>), made once from the
/// record as it stood then and stored, so its bytes, and their SHA-256, never change afterwards (ADR 0040).
/// </summary>
public sealed class RegisterSnapshot
{
    /// <summary>Year × 10 + quarter (20263 is July to September 2026).</summary>
    public int Quarter { get; set; }
    public DateTime MadeAt { get; set; }
    public int Entries { get; set; }
    public byte[] Csv { get; set; } = [];
    public byte[] Json { get; set; } = [];

    /// <summary>Lower-case hex SHA-256 of <see cref="Csv"/> and of <see cref="Json"/>.</summary>
    public string CsvSha256 { get; set; } = "";
    public string JsonSha256 { get; set; } = "";
}
