using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Precedent;

namespace ResearchRelease.Domain.Tests.Precedent;

public sealed class PrecedentsTests
{
    private static PastDecision Past(string reference, string[] items, string[] subjects, string type, string route, int daysAgo) =>
        new(
            Guid.NewGuid(),
            reference,
            reference,
            items,
            subjects,
            type,
            route,
            "approve",
            new DateTime(2026, 12, 1).AddDays(-daysAgo),
            "Sound."
        );

    [Fact]
    public void The_case_with_most_items_subject_organisation_and_route_in_common_ranks_first()
    {
        var current = new ApplicationForm
        {
            Organisation = new Organisation { Type = "university" },
            Project = new ProjectDetails { SubjectFocus = ["attainment"] },
            Settings = new Settings { AccessRoute = "ons_secure_research_service" },
            DataItems =
            [
                .. new[] { "pseudonymous_pupil_id", "ks2_results", "ks4_results", "fsm_eligibility", "gender" }.Select(
                    i => new RequestedDataItem { Item = i }
                ),
            ],
        };
        var past = new[]
        {
            // Newer, but only two items in common and nothing else alike.
            Past("RR-2026-NEWER2", ["pseudonymous_pupil_id", "ks2_results"], ["health"], "charity", "direct_transfer", 1),
            Past(
                "RR-2026-BEST44",
                ["pseudonymous_pupil_id", "ks2_results", "ks4_results", "fsm_eligibility"],
                ["attainment"],
                "university",
                "ons_secure_research_service",
                300
            ),
            Past(
                "RR-2026-SAMEXX",
                ["pseudonymous_pupil_id", "ks2_results", "ks4_results"],
                ["attainment"],
                "university",
                "ons_secure_research_service",
                30
            ),
            Past("RR-2026-NONE00", ["exclusion_reasons"], ["attainment"], "university", "ons_secure_research_service", 2),
        };
        var ranked = Precedents.Rank(current, past);
        Assert.Equal(["RR-2026-BEST44", "RR-2026-SAMEXX", "RR-2026-NEWER2"], ranked.Select(r => r.Decision.Reference));
        Assert.Equal((4, 5), (ranked[0].ItemsInCommon, ranked[0].ItemsRequested));
        Assert.True(ranked[0].SameOrganisationType && ranked[0].SameAccessRoute);
    }
}
