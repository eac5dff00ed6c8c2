using ResearchRelease.Domain.Applications;
using static ResearchRelease.Domain.Screening.Outcomes;

namespace ResearchRelease.Domain.Tests.Screening;

/// <summary>
/// Points from DfE's sharing principles and the Five Safes: listed for the Chief Statistician, never changing the
/// overall recommendation.
/// </summary>
public class ConsiderationsTests
{
    public static readonly (string Name, Func<ApplicationForm, ApplicationForm> Change, string Expected)[] Table =
    [
        ("ethics pending", f => f.WithProject(p => p with { Ethics = p.Ethics! with { Status = "pending" } }), "Ethics approval is still pending"),
        ("ethics not required", f => f.WithProject(p => p with { Ethics = new() { Status = "not_required" } }), "ethics approval is not required"),
        ("unaccredited user", f => f with { NamedUsers = [.. f.NamedUsers!, new() { Name = "Sam Lee", AccreditedResearcher = false }] }, "Sam Lee is not an accredited researcher (namedUsers[1].accreditedResearcher)."),
        ("direct transfer", f => f.WithSettings(s => s with { AccessRoute = "direct_transfer" }), "transferred to the applicant rather than used in a trusted research environment"),
        ("direct transfer, no certification", f => f.WithSettings(s => s with { AccessRoute = "direct_transfer", SecurityCertifications = ["none"] }), "who holds no security certification"),
        ("processing abroad", f => f.WithSettings(s => s with { ProcessingLocation = "Frankfurt, Germany" }), "may be outside the UK"),
        ("commercial applicant", f => f with { Organisation = f.Organisation! with { Type = "commercial" } }, "commercial company"),
    ];

    public static TheoryData<string> Rows() => [.. Table.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Rows))]
    public void Consideration_is_listed_and_leaves_the_recommendation_alone(string row)
    {
        var (_, change, expected) = Table.Single(r => r.Name == row);
        var result = change(TestForms.Eligible()).Screen("2013");

        Assert.Contains(result.Considerations, c => c.Contains(expected, StringComparison.Ordinal));
        Assert.Equal(Eligible, result.Overall);
    }
}
