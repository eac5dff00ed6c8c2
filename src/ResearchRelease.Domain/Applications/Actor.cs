namespace ResearchRelease.Domain.Applications;

public enum ActorRole
{
    Researcher,
    ChiefStatistician,
    ComplianceOfficer,
    /// <summary>The workflow engine acting on the process's behalf (screening, letters).</summary>
    System,
}

/// <summary>Who is acting: every event records this.</summary>
public sealed record Actor(string Subject, string Name, string? Email, ActorRole Role)
{
    public static readonly Actor Workflow = new("system:workflow", "ResearchRelease workflow", null, ActorRole.System);
}
