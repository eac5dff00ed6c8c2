using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Web.Features.Drafting;

/// <summary>
/// A named data user in one line, for check answers and the case page: who they are (email, organisation, role) so that
/// the reader can tell two people of the same name apart. Users stored before emails were asked for say so.
/// </summary>
public static class NamedUserText
{
    public static string Describe(NamedUser u)
    {
        var identity = new[] { u.Role, u.Organisation }.Where(x => !string.IsNullOrWhiteSpace(x)).ToList();
        return $"{u.Name}, {(string.IsNullOrWhiteSpace(u.Email) ? "no email address given" : u.Email)}"
            + (identity.Count > 0 ? $", {string.Join(", ", identity)}" : "")
            + (u.AccreditedResearcher ? " (accredited researcher)" : "");
    }
}
