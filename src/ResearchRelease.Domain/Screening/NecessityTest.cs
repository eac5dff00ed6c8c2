namespace ResearchRelease.Domain.Screening;

/// <summary>
/// Limb 2, the same words in both wordings: the applicant "require[s] individual pupil information for that
/// purpose". Published or aggregate statistics would not answer the research questions, and every requested
/// item is justified by a research question (data minimisation; see <see cref="DataMinimisation"/>).
/// </summary>
internal static class NecessityTest
{
    public static LimbResult Assess(ScreeningContext c, IReadOnlyList<ItemAssessment> items)
    {
        var limb = new LimbBuilder();
        WhyAggregateIsNotEnough(c, limb);
        QuestionsAnsweredByPublishedTables(c, limb);
        Linkage(c, limb);
        EveryItemJustified(items, limb);
        return limb.Build();
    }

    /// <summary>Individual information must be required: convenience, or no reason at all, is not a requirement.</summary>
    private static void WhyAggregateIsNotEnough(ScreeningContext c, LimbBuilder limb)
    {
        var answer = c.Necessity.WhyAggregateIsNotEnough;
        const string path = FormPaths.WhyAggregateIsNotEnough;
        if (TextMatch.IsBlank(answer))
        {
            limb.NeedsJudgement("No reason is given why published or aggregate statistics would not do", path);
            return;
        }

        var text = TextMatch.Normalise(answer);
        if (SignalWords.SubstantiveReason.In(text))
        {
            limb.Met($"The applicant explains why published or aggregate statistics are not enough: {TextMatch.Quote(answer)}", path);
        }
        else if (SignalWords.Convenience.In(text))
        {
            limb.NotMet(
                $"The only reason given for needing pupil-level data is convenience ({TextMatch.Quote(answer)}); convenience does not make individual pupil information required for the purpose",
                path);
        }
        else if (TextMatch.WordCount(text) < 6)
        {
            limb.NotMet(
                $"The reason given for needing pupil-level data ({TextMatch.Quote(answer)}) does not say why published or aggregate statistics would not answer the research questions",
                path);
        }
        else
        {
            limb.NeedsJudgement(
                $"The reason given ({TextMatch.Quote(answer)}) does not clearly say why published or aggregate statistics would not answer the research questions",
                path);
        }
    }

    /// <summary>
    /// A question about school-level averages may already be answered by published performance tables; DfE's
    /// sharing principles also weigh against duplicating official statistics.
    /// </summary>
    private static void QuestionsAnsweredByPublishedTables(ScreeningContext c, LimbBuilder limb)
    {
        foreach (var q in c.Questions)
        {
            if (SignalWords.AggregateMeasure.In(q.Normalised) && SignalWords.Institution.In(q.Normalised)
                && !SignalWords.PupilLevel.In(q.Normalised))
            {
                limb.NeedsJudgement(
                    $"{q.Name} asks about school-level averages ({TextMatch.Quote(q.Text)}), which published performance tables may already answer",
                    q.TextPath);
            }
        }
    }

    private static void Linkage(ScreeningContext c, LimbBuilder limb)
    {
        if (c.LinkageDescribed)
        {
            limb.Met($"Linkage to other data is needed and described: {TextMatch.Quote(c.Necessity.LinkageDescription)}",
                FormPaths.LinkageNeeded, FormPaths.LinkageDescription);
        }
        else if (c.Necessity.LinkageNeeded == true)
        {
            limb.NeedsJudgement("Linkage to other data is said to be needed but is not described", FormPaths.LinkageNeeded, FormPaths.LinkageDescription);
        }
    }

    private static void EveryItemJustified(IReadOnlyList<ItemAssessment> items, LimbBuilder limb)
    {
        if (items.Count == 0)
        {
            limb.NeedsJudgement("No data items are requested", FormPaths.DataItems);
            return;
        }

        foreach (var assessment in items)
        {
            foreach (var finding in assessment.Findings.Where(f => f.Severity > Severity.Met))
            {
                limb.Add(finding.Severity, $"{assessment.Item.Name}: {TextMatch.Uncapitalise(finding.Text)}", finding.Paths);
            }
        }

        if (items.All(i => i.Worst == Severity.Met))
        {
            var count = items.Count == 1 ? "The one requested data item is" : $"Each of the {items.Count} requested data items is";
            limb.Met($"{count} justified and serves at least one of the research questions", FormPaths.DataItems);
        }
    }
}
