namespace ResearchRelease.Domain.Screening;

/// <summary>
/// Limb 1, both wordings: purposes that are not research at all. docs/domain.md ("The regulation test") names
/// marketing, selling a product, journalism about identifiable people, enforcement and operational case work.
/// The words here describe what the applicant will do ("market our tutoring to parents"), not topics that sound
/// alarming: advertising, newspapers, police or exclusions can be the subject of sound research (principle 3).
/// Free text only ever raises judgement (principle 2); the declarations (solely commercial, decisions about
/// individuals) are what make an application fail.
/// </summary>
internal static class NonResearchPurposes
{
    public static void Assess(ScreeningContext c, LimbBuilder limb)
    {
        Check(c, limb, SignalWords.MarketingIntent, "marketing or selling a product or service");
        Check(c, limb, SignalWords.EnforcementIntent, "enforcement against pupils or families");
        Check(c, limb, SignalWords.CaseWorkIntent, "operational case work about particular pupils or families");
        Check(c, limb, SignalWords.JournalismIntent, "journalism");
        if (c.OrganisationType == "media")
        {
            limb.Add(
                Severity.NeedsJudgement,
                "media_applicant",
                "Your organisation is a media organisation; the Chief Statistician will check that the purpose is research rather "
                    + "than journalism",
                FormPaths.OrganisationType
            );
        }
    }

    private static void Check(ScreeningContext c, LimbBuilder limb, Phrases intent, string purpose)
    {
        var (stated, clause) = c.Sources.Select(s => (Source: s, Clause: s.Affirming(intent))).FirstOrDefault(x => x.Clause is not null);
        if (stated is not null)
        {
            limb.Add(
                Severity.NeedsJudgement,
                "non_research_purpose",
                $"{stated.DescribedAt(clause)} suggests {purpose}, which is not research; the Chief Statistician will read it. If "
                    + "the project only studies this, say what you will research",
                stated.Path
            );
        }
    }
}
