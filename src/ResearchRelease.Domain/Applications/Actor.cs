namespace ResearchRelease.Domain.Applications;

public enum ActorRole
{
    Researcher,
    ChiefStatistician,
    ComplianceOfficer,

    /// <summary>Decides in the Chief Statistician's place, only while a recorded designation names them (Deputies/).</summary>
    DeputyChiefStatistician,

    /// <summary>The workflow engine acting on the process's behalf (screening, letters).</summary>
    System,
}

/// <summary>Who is acting: every event records this.</summary>
public sealed record Actor(string Subject, string Name, string? Email, ActorRole Role)
{
    public static readonly Actor Workflow = new("system:workflow", "ResearchRelease workflow", null, ActorRole.System);

    /// <summary>For a deputy: the designation in force when they signed in to this request, if any.</summary>
    public Guid? DesignationId { get; init; }
}
