namespace ResearchRelease.Domain.Applications;

public enum CommandFailure
{
    None,

    /// <summary>The actor may not see this application at all (reported as not found, so ids cannot be probed).</summary>
    NotFound,
    Forbidden,

    /// <summary>The application's state does not allow this now, or it changed since the actor last saw it.</summary>
    Conflict,
    Invalid,
}

/// <summary>The events a command produced, or why it produced none.</summary>
public sealed record CommandOutcome(IReadOnlyList<ApplicationEvent> Events, CommandFailure Failure, string? Message, string? Field = null)
{
    public bool Succeeded => Failure == CommandFailure.None;

    public static CommandOutcome Ok(params ApplicationEvent[] events) => new(events, CommandFailure.None, null);

    public static CommandOutcome Fail(CommandFailure failure, string message, string? field = null) => new([], failure, message, field);
}
