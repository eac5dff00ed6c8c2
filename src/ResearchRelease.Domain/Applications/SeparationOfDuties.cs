namespace ResearchRelease.Domain.Applications;

/// <summary>Nobody decides an application on which they are the applicant or a named data user (domain.md, "The process").</summary>
public static class SeparationOfDuties
{
    public static CommandOutcome? Check(ApplicationState state, Actor actor)
    {
        var form = state.SubmittedForm ?? state.Form;
        bool Same(string? a, string? b) =>
            !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) &&
            string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

        var conflicted = state.OwnerSubject == actor.Subject
            || Same(form.Applicant?.Email, actor.Email)
            || Same(form.Applicant?.Name, actor.Name)
            || (form.NamedUsers ?? []).Any(u => Same(u.Name, actor.Name));
        return conflicted
            ? CommandOutcome.Fail(CommandFailure.Forbidden, "You are named on this application, so you cannot decide it. Ask a designated deputy.")
            : null;
    }
}
