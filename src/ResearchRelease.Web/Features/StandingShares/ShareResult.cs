using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.StandingShares;

namespace ResearchRelease.Web.Features.StandingShares;

/// <summary>A standing share command's result as the API and pages see it: the failure maps to 400/403/404/409.</summary>
public sealed record ShareResult(CommandFailure Failure, string? Message, string? Field, StandingShareState? State, Guid? Id = null)
{
    public bool Succeeded => Failure == CommandFailure.None;

    public static ShareResult Ok(Guid id, StandingShareState state) => new(CommandFailure.None, null, null, state, id);

    public static ShareResult From(ShareOutcome outcome) => new(outcome.Failure, outcome.Message, outcome.Field, null);

    public static readonly ShareResult Changed = new(
        CommandFailure.Conflict,
        "The standing share has changed since you opened it. Review it again before continuing.",
        null,
        null
    );
}
