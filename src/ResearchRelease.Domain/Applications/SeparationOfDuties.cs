namespace ResearchRelease.Domain.Applications;

/// <summary>Nobody decides an application on which they are the applicant or a named data user (domain.md, "The process").</summary>
public static class SeparationOfDuties
{
    public static CommandOutcome? Check(ApplicationState state, Actor actor) =>
        IsConflicted(state, actor)
            ? CommandOutcome.Fail(CommandFailure.Forbidden, "You are named on this application, so you cannot decide it. Ask a designated deputy.")
            : null;

    /// <summary>The actor owns the application, is its applicant, or is one of its named data users.</summary>
    public static bool IsConflicted(ApplicationState state, Actor actor)
    {
        var form = state.SubmittedForm ?? state.Form;
        return state.OwnerSubject == actor.Subject
            || Same(form.Applicant?.Email, actor.Email)
            || Same(form.Applicant?.Name, actor.Name)
            || (form.NamedUsers ?? []).Any(u => Same(u.Name, actor.Name));
    }

    public static bool Same(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) &&
        string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
