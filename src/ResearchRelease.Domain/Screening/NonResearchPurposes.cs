namespace ResearchRelease.Domain.Screening;

/// <summary>
/// Limb 1, both wordings: purposes that are not research at all. domain.md ("The regulation test") names
/// marketing, selling a product, journalism about identifiable people, enforcement and operational case work;
/// none is "conducting research" (2009) nor research, analysis, statistics or information, advice or guidance
/// "for the purpose of promoting the education or well-being of children" (2013).
/// </summary>
internal static class NonResearchPurposes
{
    public static void Assess(ScreeningContext c, LimbBuilder limb)
    {
        Check(c, limb, SignalWords.MarketingDefinite, SignalWords.MarketingSuggestive, "marketing or selling a product or service");
        Check(c, limb, SignalWords.EnforcementDefinite, SignalWords.EnforcementSuggestive, "enforcement");
        Check(c, limb, SignalWords.CaseWorkDefinite, SignalWords.CaseWorkSuggestive, "operational case work about particular pupils or families");
        Journalism(c, limb);
    }

    private static void Check(ScreeningContext c, LimbBuilder limb, Phrases definite, Phrases suggestive, string purpose)
    {
        var stated = c.Sources.FirstOrDefault(s => s.StatesPurpose && definite.In(s.Normalised));
        if (stated is not null)
        {
            limb.NotMet(
                $"{TextMatch.Capitalise(stated.Described)} is {purpose}, which is not research; neither wording of the regulations covers it",
                stated.Path);
            return;
        }

        var hinted = c.Sources.FirstOrDefault(s => definite.In(s.Normalised) || suggestive.In(s.Normalised));
        if (hinted is not null)
        {
            limb.NeedsJudgement(
                $"{TextMatch.Capitalise(hinted.Described)} suggests {purpose}; check that the purpose is research",
                hinted.Path);
        }
    }

    /// <summary>Journalism fails only when it is about identifiable people; otherwise it needs judgement.</summary>
    private static void Journalism(ScreeningContext c, LimbBuilder limb)
    {
        var stated = c.Sources.FirstOrDefault(s => s.StatesPurpose && SignalWords.JournalismDefinite.In(s.Normalised));
        var hinted = stated ?? c.Sources.FirstOrDefault(s =>
            SignalWords.JournalismDefinite.In(s.Normalised) || SignalWords.JournalismSuggestive.In(s.Normalised));
        var identifiable = c.Project.OutputsCouldIdentifyIndividuals == true || c.AnyIdentifyingItem;
        if (stated is not null && identifiable)
        {
            limb.NotMet(
                $"{TextMatch.Capitalise(stated.Described)} is journalism, and the outputs or the data requested would identify people; journalism about identifiable people is not research",
                stated.Path, FormPaths.OutputsCouldIdentify, FormPaths.DataItems);
        }
        else if (hinted is not null)
        {
            limb.NeedsJudgement(
                $"{TextMatch.Capitalise(hinted.Described)} suggests journalism; check that the purpose is research and that nobody will be identifiable",
                hinted.Path);
        }
        else if (c.OrganisationType == "media")
        {
            limb.NeedsJudgement(
                "The applicant is a media organisation; check that the purpose is research rather than journalism",
                FormPaths.OrganisationType);
        }
    }
}
