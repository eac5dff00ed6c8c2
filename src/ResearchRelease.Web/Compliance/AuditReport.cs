using System.Text.Json.Serialization;

namespace ResearchRelease.Web.Compliance;

/// <summary>
/// The result of checking every application's event chain. <see cref="RegisterHead"/> is computed, not
/// stored: a compliance officer who records it can later show that nothing before that point has changed.
/// </summary>
public sealed record AuditReport(string Status, int Applications, long Events, string RegisterHead, DateTime CheckedAt, AuditBreak? FirstBreak)
{
    public const string Intact = "intact";
    public const string Broken = "broken";

    [JsonIgnore]
    public bool IsIntact => Status == Intact;
}

/// <summary>The first link that does not hold: which application, which event, and what is wrong with it.</summary>
public sealed record AuditBreak(Guid ApplicationId, string? Reference, int Sequence, string Problem, string Detail);
