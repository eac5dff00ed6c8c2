namespace ResearchRelease.Domain.Screening;

/// <summary>
/// Safe people (screening policy principle 8): someone who will work with the data should be an accredited
/// researcher. If none is (a student project, for example), the Chief Statistician judges whether the supervision
/// described is enough; one unaccredited user beside accredited ones is a note.
/// </summary>
internal static class SafePeople
{
    public static void Assess(ScreeningContext c, FindingList findings)
    {
        var part = findings.For(ScreeningParts.SafePeople);
        var users = (c.Form.NamedUsers ?? []).Where(u => u is not null && !TextMatch.IsBlank(u.Name)).ToList();
        if (users.Count == 0)
        {
            return; // Missing: the completeness check asks for named users.
        }

        var unaccredited = users.Where(u => !u!.AccreditedResearcher).Select(u => u!.Name!.Trim()).ToList();
        if (unaccredited.Count == users.Count)
        {
            part.Add(
                Severity.NeedsJudgement,
                "no_accredited_user",
                $"None of the named data users ({CodeNames.JoinAnd(unaccredited)}) is an accredited researcher; the Chief "
                    + "Statistician will weigh who supervises the work. "
                    + "Add an accredited researcher as a named user, or say who will supervise",
                FormPaths.NamedUsers
            );
        }
        else if (unaccredited.Count > 0)
        {
            part.Note(
                "some_unaccredited",
                $"{CodeNames.JoinAnd(unaccredited)} {(unaccredited.Count == 1 ? "is" : "are")} not an accredited researcher; at "
                    + "least one named user is",
                FormPaths.NamedUsers
            );
        }
        else
        {
            part.Met("Every named data user is an accredited researcher", FormPaths.NamedUsers);
        }
    }
}
