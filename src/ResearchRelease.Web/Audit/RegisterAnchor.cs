namespace ResearchRelease.Web.Audit;

/// <summary>
/// One line of the anchor file: at <see cref="At"/> the register held <see cref="Applications"/> applications whose chain
/// heads hash to <see cref="RegisterHead"/>. Only the chains that moved since the line before are listed in
/// <see cref="Changed"/>; replaying the file gives every anchored head. <see cref="Previous"/> is the line before's MAC,
/// so a line cannot be removed from the middle, and <see cref="Mac"/> (HMAC with the audit key) covers the rest.
/// </summary>
public sealed record RegisterAnchor(
    DateTime At,
    int Applications,
    long Events,
    string RegisterHead,
    string Previous,
    IReadOnlyList<AnchoredChain> Changed
)
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Mac { get; init; }
}

/// <summary>An application's chain as anchored: the event at <see cref="Sequence"/> had hash <see cref="Hash"/>.</summary>
public sealed record AnchoredChain(Guid Id, string Reference, int Sequence, string Hash);
