using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Domain.Precedent;

/// <summary>
/// The most similar past decisions, so that like cases are decided alike (issue 15). Similarity is what the Chief
/// Statistician would compare: the data items in common (weighted most, as the share of this application's items), the
/// subject focus, the kind of organisation and the access route. The parts are kept so the page can say why in words.
/// </summary>
public static class Precedents
{
    public const double ItemWeight = 4,
        SubjectWeight = 1,
        OrganisationWeight = 1,
        RouteWeight = 1;

    public static IReadOnlyList<RankedPrecedent> Rank(ApplicationForm current, IEnumerable<PastDecision> past, int take = 5)
    {
        var items = (current.DataItems ?? []).Select(i => i.Item).OfType<string>().Distinct().ToList();
        var subjects = current.Project?.SubjectFocus ?? [];
        var type = current.Organisation?.Type;
        var route = current.Settings?.AccessRoute;
        return past.Select(p =>
            {
                var common = p.DataItems.Intersect(items).Count();
                var sharedSubjects = p.Subjects.Intersect(subjects).ToList();
                var sameType = type is not null && p.OrganisationType == type;
                var sameRoute = route is not null && p.AccessRoute == route;
                var score =
                    (items.Count == 0 ? 0 : ItemWeight * common / items.Count)
                    + (sharedSubjects.Count > 0 ? SubjectWeight : 0)
                    + (sameType ? OrganisationWeight : 0)
                    + (sameRoute ? RouteWeight : 0);
                return new RankedPrecedent(p, score, common, items.Count, sharedSubjects, sameType, sameRoute);
            })
            .Where(r => r.ItemsInCommon > 0)
            .OrderByDescending(r => r.Score)
            .ThenByDescending(r => r.Decision.DecidedAt)
            .ThenBy(r => r.Decision.Reference, StringComparer.Ordinal)
            .Take(take)
            .ToList();
    }
}
