namespace ResearchRelease.Domain.Screening;

/// <summary>
/// Limb 1 under the 2013 amendment to SI 2009/1563: the applicant is one of the persons who, "for the purpose of
/// promoting the education or well-being of children in England", are "conducting research or analysis,
/// producing statistics, or providing information, advice or guidance". Two elements: (a) one of the four
/// activities; (b) for the purpose of promoting the education or well-being of children in England. Health
/// and well-being topics that fail the 2009 wording can meet this one.
/// </summary>
internal sealed class PurposeTest2013 : IPurposeTest
{
    // Every subject focus on the form except "other" is about children's education or well-being.
    private static readonly HashSet<string> EducationOrWellbeingFoci =
    [
        "attainment",
        "progression",
        "attendance",
        "exclusions",
        "send",
        "wellbeing",
        "health",
        "social_care",
    ];

    public void Assess(ScreeningContext context, LimbBuilder limb)
    {
        NonResearchPurposes.Assess(context, limb);
        if (!SharedPurposeChecks.OtherActivity(context, limb))
        {
            limb.Met(
                $"The activity is {CodeNames.Activity(context.Activity!)}, one of the four activities the 2013 wording names",
                FormPaths.Activity
            );
        }

        PromotingEducationOrWellbeing(context, limb);
        SharedPurposeChecks.Population(context, limb);
        SharedPurposeChecks.CommercialGain(context, limb);
    }

    /// <summary>Element (b), "for the purpose of promoting the education or well-being of children in England".</summary>
    private static void PromotingEducationOrWellbeing(ScreeningContext c, LimbBuilder limb)
    {
        var foci = c.FocusList;
        var recognised = foci.Where(EducationOrWellbeingFoci.Contains).ToList();
        if (foci.Count == 0)
        {
            // Missing: the completeness check asks for it.
        }
        else if (recognised.Count > 0)
        {
            limb.Met(
                $"The subject focus is {CodeNames.Foci(recognised)}, which concerns the education or well-being of children",
                FormPaths.SubjectFocus
            );
        }
        else
        {
            limb.NeedsJudgement(
                $"The subject focus is {CodeNames.Foci(foci)}; judge whether the work promotes the education or well-being of children in England",
                FormPaths.SubjectFocus
            );
        }

        if (!TextMatch.IsBlank(c.Project.PublicBenefit))
        {
            limb.Met($"The public benefit given is {TextMatch.Quote(c.Project.PublicBenefit)}", FormPaths.PublicBenefit);
        }
    }
}
