namespace ResearchRelease.Domain.Deputies;

/// <summary>
/// Something that happened to a designation, in the past tense. The designation log is a list of these, append-only and
/// hash-chained like the application events; who did it and when is stored with each.
/// </summary>
public abstract record DesignationEvent(Guid DesignationId)
{
    /// <summary>The stable name stored with the event; renaming one would orphan the stored history.</summary>
    public abstract string Type { get; }
}

public sealed record DeputyDesignated(
    Guid DesignationId,
    string DeputySubject,
    string DeputyName,
    string? DeputyEmail,
    string DeputyTitle,
    DateOnly From,
    DateOnly Until,
    string Reason
) : DesignationEvent(DesignationId)
{
    public override string Type => "deputy_designated";
}

public sealed record DeputyDesignationRevoked(Guid DesignationId, string Reason) : DesignationEvent(DesignationId)
{
    public override string Type => "deputy_designation_revoked";
}

/// <summary>An event as it was recorded: with who recorded it and when.</summary>
public sealed record RecordedDesignationEvent(DesignationEvent Event, string ActorSubject, string ActorName, DateTimeOffset OccurredAt);
