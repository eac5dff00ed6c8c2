namespace ResearchRelease.Domain.StandingShares;

/// <summary>The coded answers of a standing share that applications do not already have.</summary>
public static class ShareCodes
{
    public static readonly IReadOnlyList<string> Frequencies = ["weekly", "monthly", "termly", "annually", "on_request"];
}
