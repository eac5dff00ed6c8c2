using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Web.Applications;

/// <summary>The result of a command as the API and pages see it: the failure maps to 400/403/404/409.</summary>
public sealed record ServiceResult(CommandFailure Failure, string? Message, string? Field, ApplicationState? State)
{
    public bool Succeeded => Failure == CommandFailure.None;

    public static ServiceResult Ok(ApplicationState state) => new(CommandFailure.None, null, null, state);

    public static ServiceResult From(CommandOutcome outcome) => new(outcome.Failure, outcome.Message, outcome.Field, null);

    public static readonly ServiceResult Changed = new(
        CommandFailure.Conflict,
        "The application has changed since you opened it. Review it again before continuing.",
        null,
        null
    );
}
