namespace ResearchRelease.Web.Audit;

/// <summary>What the anchor file says, replayed: every anchored chain head, the latest line, or why the file cannot be trusted.</summary>
public sealed record AnchoredRegister(IReadOnlyDictionary<Guid, AnchoredChain> Heads, RegisterAnchor? Last, int Lines, string? Problem)
{
    public static readonly AnchoredRegister Empty = new(new Dictionary<Guid, AnchoredChain>(), null, 0, null);
}
