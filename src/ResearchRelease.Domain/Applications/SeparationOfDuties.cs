namespace ResearchRelease.Domain.Applications;

/// <summary>
/// Nobody decides an application on which they are the applicant or a named data user (docs/domain.md, "The process").
/// People are matched by who they are where the record says so (the owning account, an email address) and otherwise by
/// name, compared as <see cref="PersonNames"/> does so that a no-break space, a look-alike letter, a title or "Surname,
/// Forename" cannot pass for a different person. A near match stops the decision just as an exact one does.
/// </summary>
public static class SeparationOfDuties
{
    public const string NamedMessage = "You are named on this application, so you cannot decide it. Ask a designated deputy.";

    public static CommandOutcome? Check(ApplicationState state, Actor actor) =>
        Conflict(state, actor) is { } reason ? CommandOutcome.Fail(CommandFailure.Forbidden, reason) : null;

    /// <summary>The actor owns the application, is its applicant, or is one of its named data users.</summary>
    public static bool IsConflicted(ApplicationState state, Actor actor) => Conflict(state, actor) is not null;

    /// <summary>Why the actor may not decide, in words for them; null when nothing ties them to the application.</summary>
    public static string? Conflict(ApplicationState state, Actor actor)
    {
        var form = state.SubmittedForm ?? state.Form;
        var users = form.NamedUsers ?? [];
        if (
            state.OwnerSubject == actor.Subject
            || SameEmail(form.Applicant?.Email, actor.Email)
            || users.Any(u => SameEmail(u?.Email, actor.Email))
        )
            return NamedMessage;
        var names = new[] { form.Applicant?.Name }
            .Concat(users.Select(u => u?.Name))
            .OfType<string>()
            .Where(n => n.Trim().Length > 0)
            .ToList();
        if (names.Any(n => Exact(n, actor.Name)))
            return NamedMessage;
        return names.FirstOrDefault(n => PersonNames.Match(n, actor.Name)) is { } near
            ? $"This application names \"{near.Trim()}\", which may be you ({actor.Name}): the names match once spacing, titles, "
                + "look-alike letters and order are set aside. You cannot decide an application you may be named on. Ask a designated deputy."
            : null;
    }

    /// <summary>The same person by name (see <see cref="PersonNames.Match"/>).</summary>
    public static bool Same(string? a, string? b) => PersonNames.Match(a, b);

    public static bool SameEmail(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a)
        && !string.IsNullOrWhiteSpace(b)
        && string.Equals(PersonNames.Skeleton(a), PersonNames.Skeleton(b), StringComparison.Ordinal);

    private static bool Exact(string a, string? b) =>
        !string.IsNullOrWhiteSpace(b) && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
