namespace ResearchRelease.Domain.Screening;

/// <summary>
/// DfE's conditions, from its privacy notice rather than the regulations: (1) data is not processed in a way
/// that supports measures or decisions about particular individuals; (2) no individual is identified in any
/// results. Breaking either makes the application ineligible whatever the limbs say (docs/domain.md). Where the boxes
/// say no but the text describes such measures, the safer reading wins (screening policy principle 4).
/// </summary>
internal static class ConditionsTest
{
    public static void Assess(ScreeningContext c, FindingList findings)
    {
        var limb = findings.For(ScreeningParts.Conditions);
        NoDecisionsAboutIndividuals(c, limb);
        NobodyIdentifiedInResults(c, limb, findings.For(ScreeningParts.SafeOutputs));
    }

    /// <summary>Condition 1: no measures or decisions about particular individuals.</summary>
    private static void NoDecisionsAboutIndividuals(ScreeningContext c, LimbBuilder limb)
    {
        const string path = FormPaths.DecisionsAboutIndividuals;
        if (c.Project.UsedForDecisionsAboutIndividuals == true)
        {
            limb.Add(
                Severity.NotMet,
                "decisions_declared",
                $"You answered yes to {QuotedQuestion(QuestionLabels.UsedForDecisions)}: pupil data cannot be used for decisions "
                    + "about individuals, since DfE does not release it for measures or decisions about particular people, so the "
                    + "application cannot go ahead as it stands",
                path
            );
            return;
        }

        var (described, found) = c
            .Sources.Select(s => (Source: s, Found: IndividualMeasures.Described(s)))
            .FirstOrDefault(x => x.Found is not null);
        if (described is not null && found is { Recruitment: true } recruit)
        {
            limb.Add(
                Severity.NeedsJudgement,
                "contact_for_research",
                $"{described.DescribedAt(recruit.Clause)} describes contacting pupils or families to take part in the research; "
                    + "the Chief Statistician will check that pupil data is not used to choose or reach them. Say how participants "
                    + "are recruited",
                described.Path,
                path
            );
        }
        else if (described is not null && found is { } measure)
        {
            var box =
                c.Project.UsedForDecisionsAboutIndividuals == false
                    ? "You say the results will not be used for decisions " + "about particular pupils, but "
                    : string.Empty;
            limb.Add(
                Severity.NotMet,
                "decisions_described",
                $"{box}{described.DescribedAt(measure.Clause)} describes lists of named pupils, scores for individual pupils or "
                    + "contact with pupils or families; "
                    + "DfE does not release pupil data for measures about particular individuals. Remove that use, or explain it if "
                    + "it is not what you will do",
                described.Path,
                path
            );
        }
        else if (c.Project.UsedForDecisionsAboutIndividuals == false)
        {
            limb.Met("You say the results will not be used for measures or decisions about particular individuals", path);
        }
    }

    /// <summary>Condition 2: no individual identified in any results; how disclosure is controlled is safe outputs.</summary>
    private static void NobodyIdentifiedInResults(ScreeningContext c, LimbBuilder limb, LimbBuilder outputs)
    {
        switch (c.Project.OutputsCouldIdentifyIndividuals)
        {
            case true:
                limb.Add(
                    Severity.NotMet,
                    "identifying_outputs_declared",
                    $"You answered yes to {QuotedQuestion(QuestionLabels.OutputsCouldIdentify)}: no individual may be identified "
                        + "in any results, so outputs must be changed so that none could",
                    FormPaths.OutputsCouldIdentify
                );
                break;
            case false when TextMatch.IsBlank(c.Project.DisclosureControl):
                limb.Met("You say no output could identify an individual", FormPaths.OutputsCouldIdentify);
                break;
            case false:
                limb.Met("You say no output could identify an individual", FormPaths.OutputsCouldIdentify);
                outputs.Met($"Disclosure control: {TextMatch.Quote(c.Project.DisclosureControl)}", FormPaths.DisclosureControl);
                break;
        }
    }

    private static string QuotedQuestion(string label) => label.Replace("your answer to ", string.Empty, StringComparison.Ordinal);
}
