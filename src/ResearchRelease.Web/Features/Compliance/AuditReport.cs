using System.Text.Json.Serialization;

namespace ResearchRelease.Web.Features.Compliance;

/// <summary>
/// The result of checking the whole record (ADR 0007, ADR 0015). <see cref="RegisterHead"/> is computed; the service also
/// anchors it outside the database (<see cref="Anchor"/> is the latest anchor the check compared the record with).
/// <see cref="Notes"/> say in plain words what this check could not vouch for.
/// </summary>
public sealed record AuditReport(
    string Status,
    int Applications,
    long Events,
    string RegisterHead,
    DateTime CheckedAt,
    AuditBreak? FirstBreak
)
{
    public const string Intact = "intact";
    public const string Broken = "broken";

    [JsonIgnore]
    public bool IsIntact => Status == Intact;

    /// <summary>Whether event hashes are checked as HMACs with the audit key.</summary>
    public bool Keyed { get; init; }

    /// <summary>Events written before the key, accepted with their plain SHA-256.</summary>
    public long UnkeyedEvents { get; init; }

    public int Letters { get; init; }

    public AnchorSummary? Anchor { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>The first link that does not hold: which application, which event, and what is wrong with it.</summary>
public sealed record AuditBreak(Guid ApplicationId, string? Reference, int Sequence, string Problem, string Detail);

/// <summary>The latest anchored register head: when, how many applications, their head, and how many anchors the file holds.</summary>
public sealed record AnchorSummary(DateTime At, int Applications, string RegisterHead, int Anchors);
