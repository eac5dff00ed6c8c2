using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Screening;
using static ResearchRelease.Domain.Screening.Outcomes;

namespace ResearchRelease.Domain.Tests.Screening;

/// <summary>
/// The Five Safes and DfE's sharing principles (screening policy principles 5 and 8): safeguards count. Only notes
/// leave the recommendation alone; anything that matters is judgement, missing or blocking.
/// </summary>
public class ConsiderationsTests
{
    public static readonly (
        string Name,
        Func<ApplicationForm, ApplicationForm> Change,
        string Part,
        string Severity,
        string Overall,
        string Expected
    )[] Table =
    [
        (
            "ethics pending",
            f => f.WithProject(p => p with { Ethics = p.Ethics! with { Status = "pending" } }),
            ScreeningParts.SafeProjects,
            FindingSeverities.Missing,
            Incomplete,
            "Ethics approval is still pending"
        ),
        (
            "ethics not required, no reason",
            f => f.WithProject(p => p with { Ethics = new() { Status = "not_required" } }),
            ScreeningParts.SafeProjects,
            FindingSeverities.Missing,
            Incomplete,
            "ethics approval is not required but not why"
        ),
        (
            "ethics not required, with a reason",
            f =>
                f.WithProject(p =>
                    p with
                    {
                        Ethics = new()
                        {
                            Status = "not_required",
                            NotRequiredReason = "Secondary analysis of de-identified data is exempt under our policy.",
                        },
                    }
                ),
            ScreeningParts.SafeProjects,
            FindingSeverities.Note,
            Eligible,
            "ethics approval is not required, because"
        ),
        (
            "one unaccredited user beside an accredited one",
            f => f with { NamedUsers = [.. f.NamedUsers!, new() { Name = "Sam Lee", AccreditedResearcher = false }] },
            ScreeningParts.SafePeople,
            FindingSeverities.Note,
            Eligible,
            "Sam Lee is not an accredited researcher"
        ),
        (
            "no accredited user",
            f => f with { NamedUsers = [new() { Name = "Sam Lee", AccreditedResearcher = false }] },
            ScreeningParts.SafePeople,
            FindingSeverities.NeedsJudgement,
            Outcomes.NeedsJudgement,
            "None of the named data users (Sam Lee)"
        ),
        (
            "direct transfer",
            f => f.WithSettings(s => s with { AccessRoute = "direct_transfer" }),
            ScreeningParts.SafeSettings,
            FindingSeverities.NeedsJudgement,
            Outcomes.NeedsJudgement,
            "transferred to your organisation rather than used in an accredited trusted research environment"
        ),
        (
            "direct transfer, no certification",
            f => f.WithSettings(s => s with { AccessRoute = "direct_transfer", SecurityCertifications = ["none"] }),
            ScreeningParts.SafeSettings,
            FindingSeverities.Blocks,
            Ineligible,
            "does not hold Cyber Essentials Plus or ISO 27001"
        ),
        (
            "processing abroad",
            f => f.WithSettings(s => s with { ProcessingLocation = "Frankfurt, Germany" }),
            ScreeningParts.SafeSettings,
            FindingSeverities.NeedsJudgement,
            Outcomes.NeedsJudgement,
            "processed outside the UK"
        ),
        (
            "commercial applicant",
            f => f with { Organisation = f.Organisation! with { Type = "commercial" } },
            ScreeningParts.Purpose,
            FindingSeverities.Note,
            Eligible,
            "commercial company"
        ),
    ];

    public static TheoryData<string> Rows() => [.. Table.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Rows))]
    public void Safeguard_is_a_finding_with_its_severity(string row)
    {
        var (_, change, part, severity, overall, expected) = Table.Single(r => r.Name == row);
        var result = change(TestForms.Eligible()).Screen("2013");

        Assert.Contains(result.Findings, f =>
            f.Part == part && f.Severity == severity && f.Reason.Contains(expected, StringComparison.Ordinal)
        );
        Assert.Equal(overall, result.Overall);
        if (severity == FindingSeverities.Note)
        {
            Assert.Contains(result.Considerations, c => c.Contains(expected, StringComparison.Ordinal));
        }
    }
}
