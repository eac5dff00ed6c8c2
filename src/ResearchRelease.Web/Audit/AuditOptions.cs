using System.ComponentModel.DataAnnotations;

namespace ResearchRelease.Web.Audit;

/// <summary>
/// <c>Audit</c>: the chain key and the register anchor file (ADR 0015). Both live outside the database on purpose:
/// someone who can rewrite the database must not also be able to recompute keyed hashes or rewrite the anchors.
/// </summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>
    /// A key file (JSON: <c>key</c>, base64 of at least 32 random bytes; <c>keyedSince</c>, the UTC time from which
    /// every event must carry a keyed hash). Empty outside Development: events are chained unkeyed and the check says so.
    /// </summary>
    public string? KeyPath { get; set; }

    /// <summary>Development only: created on first start and kept, like the development signing certificate.</summary>
    public string DevelopmentKeyPath { get; set; } = "App_Data/audit-chain-development.key";

    /// <summary>The append-only anchor file. Empty: one file per database under <see cref="AnchorDirectory"/>.</summary>
    public string? AnchorPath { get; set; }

    /// <summary>Relative paths are under the content root.</summary>
    [Required]
    public string AnchorDirectory { get; set; } = "App_Data";

    /// <summary>How often the running service checks the record and, when it is intact, anchors its head. 0 turns it off.</summary>
    [Range(0, 1440)]
    public double AnchorIntervalMinutes { get; set; } = 15;

    /// <summary>How long after start-up the first anchor is taken (after migrations and the first requests).</summary>
    [Range(0, 3600)]
    public double FirstAnchorDelaySeconds { get; set; } = 30;
}
