using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Domain.Deputies;

/// <summary>The event a designation command produced, or why it produced none (with the field to fix, if any).</summary>
public sealed record DesignationOutcome(DesignationEvent? Event, CommandFailure Failure, string? Message, string? Field = null)
{
    public bool Succeeded => Failure == CommandFailure.None;

    public static DesignationOutcome Ok(DesignationEvent e) => new(e, CommandFailure.None, null);

    public static DesignationOutcome Fail(CommandFailure failure, string message, string? field = null) =>
        new(null, failure, message, field);
}
