using ResearchRelease.Domain.StandingShares;

namespace ResearchRelease.Web.Features.StandingShares;

/// <summary>The JSON body of every standing share command: terms for drafting and renewal, outcome and reasons for a decision.</summary>
public sealed record ShareBody
{
    public ShareTerms? Terms { get; init; }

    /// <summary>The version the caller last saw; without it the command acts on the share as it stands now.</summary>
    public int? ExpectedVersion { get; init; }
    public string? Outcome { get; init; }
    public string? Reasons { get; init; }
}
