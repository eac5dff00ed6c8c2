namespace ResearchRelease.Domain.Screening;

/// <summary>
/// Limb 1 under the regulations as made (SI 2009/1563): the applicant is one of the "persons conducting research
/// into the educational achievements of pupils". Two elements: (a) conducting research; (b) into the
/// educational achievements of pupils. Research about attainment, progress, qualifications and the factors
/// behind them meets it; topics only loosely tied to achievement, such as health, need judgement or fail
/// (docs/domain.md, "The regulation test").
/// </summary>
internal sealed class PurposeTest2009 : IPurposeTest
{
    private static readonly HashSet<string> AchievementFoci = ["attainment", "progression"];

    // Factors behind achievement: they meet the limb when the questions are about achievement.
    private static readonly HashSet<string> FactorFoci = ["attendance", "exclusions", "send"];

    private static readonly HashSet<string> WellbeingFoci = ["wellbeing", "health", "social_care"];

    public void Assess(ScreeningContext context, LimbBuilder limb)
    {
        NonResearchPurposes.Assess(context, limb);
        if (!SharedPurposeChecks.OtherActivity(context, limb))
        {
            ConductingResearch(context, limb);
        }

        IntoEducationalAchievements(context, limb);
        SharedPurposeChecks.Population(context, limb);
        SharedPurposeChecks.CommercialGain(context, limb);
    }

    /// <summary>Element (a), "conducting research". The 2009 wording names no other activity.</summary>
    private static void ConductingResearch(ScreeningContext c, LimbBuilder limb)
    {
        switch (c.Activity)
        {
            case "research":
            case "analysis":
                limb.Met($"The activity is {CodeNames.Activity(c.Activity)}, which is conducting research", FormPaths.Activity);
                break;
            default:
                limb.NeedsJudgement(
                    $"The activity is {CodeNames.Activity(c.Activity!)}, which the 2009 wording does not name; it qualifies only if it is itself research into pupils' achievements",
                    FormPaths.Activity
                );
                break;
        }
    }

    /// <summary>Element (b), "into the educational achievements of pupils".</summary>
    private static void IntoEducationalAchievements(ScreeningContext c, LimbBuilder limb)
    {
        var foci = c.FocusList;
        if (foci.Count == 0)
        {
            return; // Missing: the completeness check asks for it.
        }

        var aboutAchievement = c.AchievementQuestions();
        var attainmentItems = c.Items.Where(i => c.Policy.AchievementItems.Contains(i.Code.ToLowerInvariant())).ToList();
        var questionPaths = aboutAchievement.Select(q => q.TextPath).ToArray();
        var named = CodeNames.JoinAnd(aboutAchievement.Select(q => q.Name));
        if (foci.Any(AchievementFoci.Contains))
        {
            limb.Met(
                $"The subject focus includes {CodeNames.Foci(foci.Where(AchievementFoci.Contains))}: research into the educational achievements of pupils",
                FormPaths.SubjectFocus
            );
        }
        else if (foci.Any(FactorFoci.Contains) && aboutAchievement.Count > 0 && attainmentItems.Count > 0)
        {
            limb.Met(
                $"The subject focus is {CodeNames.Foci(foci)}, a factor behind achievement, and {named} asks about achievement",
                [FormPaths.SubjectFocus, .. questionPaths]
            );
        }
        else if (foci.Any(FactorFoci.Contains))
        {
            limb.NeedsJudgement(
                $"The subject focus is {CodeNames.Foci(foci)}, which can bear on achievement, but the research questions and the attainment data requested do not together show research into attainment, progress or qualifications",
                FormPaths.SubjectFocus,
                FormPaths.ResearchQuestions
            );
        }
        else if (aboutAchievement.Count > 0)
        {
            limb.NeedsJudgement(
                $"The subject focus is {CodeNames.Foci(foci)}, not educational achievement, though {named} touches on achievement; judge whether this is research into the educational achievements of pupils",
                [FormPaths.SubjectFocus, .. questionPaths]
            );
        }
        else if (foci.All(WellbeingFoci.Contains) && attainmentItems.Count == 0)
        {
            // Declarations decide (principle 2): the subject focus and the items requested say this is not research
            // into achievement.
            limb.NotMet(
                $"You say the project is about {CodeNames.Foci(foci)}, you request no attainment data and no research question asks about attainment, progress or qualifications; the wording of the regulations in force for this application (as made in 2009) covers only research into the educational achievements of pupils",
                FormPaths.SubjectFocus,
                FormPaths.ResearchQuestions
            );
        }
        else
        {
            limb.NeedsJudgement(
                $"The subject focus is {CodeNames.Foci(foci)} and no research question asks about achievement; judge whether this is research into the educational achievements of pupils",
                FormPaths.SubjectFocus,
                FormPaths.ResearchQuestions
            );
        }
    }
}
