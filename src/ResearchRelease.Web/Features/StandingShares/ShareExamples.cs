using Microsoft.EntityFrameworkCore;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.StandingShares;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Features.StandingShares;

/// <summary>
/// Development only: the standing shares DfE's privacy notice names, drafted by the compliance persona and approved by
/// the Chief Statistician persona through the ordinary commands, so their events, hashes and register rows are real.
/// The data items are the nearest in this service's catalogue; the agreements' real terms have not been checked.
/// </summary>
public sealed class ShareExamples(AppDbContext db, StandingShareService service)
{
    private static readonly Actor Compliance = new(
        "dev-compliance",
        "Sam Okafor",
        "sam.okafor@education.gov.uk",
        ActorRole.ComplianceOfficer
    );
    private static readonly Actor Chief = new(
        "dev-chief-statistician",
        "Helen Marsh",
        "helen.marsh@education.gov.uk",
        ActorRole.ChiefStatistician
    );

    public async Task SeedIfEmptyAsync(CancellationToken ct)
    {
        if (await db.StandingShares.AnyAsync(ct))
            return;
        var today = service.Today();
        foreach (var terms in Examples(today))
        {
            var created = await service.CreateAsync(Compliance, terms, ct);
            if (created.Id is not { } id)
                continue;
            await service.SubmitAsync(Compliance, id, null, ct);
            await service.DecideAsync(
                Chief,
                id,
                DecisionOutcomes.Approve,
                "A standing gateway, a clear purpose and only the items it needs.",
                null,
                ct
            );
        }
    }

    private static IEnumerable<ShareTerms> Examples(DateOnly today)
    {
        ShareTerms Share(
            string body,
            string sector,
            string gateway,
            string purpose,
            string benefit,
            string frequency,
            string route,
            string[] items,
            int reviewInDays
        ) =>
            new()
            {
                RecipientBody = body,
                Sector = sector,
                LegalGateway = gateway,
                Article6 = "public_task",
                Purpose = purpose,
                PublicBenefit = benefit,
                Frequency = frequency,
                AccessRoute = route,
                DataItems = items,
                AgreementStart = today.AddYears(-1),
                AgreementEnd = today.AddYears(2),
                ReviewDate = today.AddDays(reviewInDays),
            };
        yield return Share(
            "Department of Health and Social Care",
            "government",
            "Health and Social Care Act 2012, section 254",
            "Anonymised height and weight from the National Child Measurement Programme, matched to school characteristics; aggregate "
                + "figures are passed to the Care Quality Commission.",
            "Tracks childhood obesity so that health services can be planned.",
            "annually",
            "direct_transfer",
            ["pseudonymous_pupil_id", "gender", "month_year_of_birth", "school_type"],
            200
        );
        yield return Share(
            "Ofsted",
            "government",
            "Education and Inspections Act 2006, section 118",
            "Pupils' progress and performance, for the inspection of schools.",
            "Inspections that rest on the same evidence for every school.",
            "termly",
            "direct_transfer",
            ["pseudonymous_pupil_id", "ks2_results", "ks4_results", "fsm_eligibility"],
            20
        );
        yield return Share(
            "Chief Executive of Skills Funding",
            "government",
            "Apprenticeships, Skills, Children and Learning Act 2009, section 122",
            "The Learning Records Service's Unique Learner Number and Personal Learning Record for pupils aged 14 and over, with an opt-out.",
            "Learners keep one record of their qualifications from school onwards.",
            "monthly",
            "direct_transfer",
            ["uln", "first_names", "surname", "date_of_birth", "gender"],
            300
        );
        yield return Share(
            "Qualifications and Curriculum Development Agency",
            "government",
            "Education Act 1997, section 21",
            "National Curriculum assessments at key stages 1 to 3, to develop and monitor the assessments.",
            "Assessments that are fair to every pupil.",
            "annually",
            "direct_transfer",
            ["pseudonymous_pupil_id", "ks1_results", "ks2_results"],
            120
        );
        yield return Share(
            "Office for National Statistics",
            "government",
            "Statistics and Registration Service Act 2007, section 45A",
            "Statistical or research purposes approved by the Chief Statistician.",
            "Official statistics on education and children.",
            "on_request",
            "ons_secure_research_service",
            ["pseudonymous_pupil_id", "ks4_results", "ethnic_group", "fsm_eligibility"],
            400
        );
    }
}
