namespace ResearchRelease.Domain.Screening;

/// <summary>
/// Limb 2, the same words in both wordings: the applicant "require[s] individual pupil information for that
/// purpose". Published or aggregate statistics would not answer the research questions, and every requested
/// item is justified by a research question (data minimisation; see <see cref="DataMinimisation"/>). The
/// applicant's answer to "why not published statistics" is their declaration of necessity: when it gives only
/// convenience, or every question is answerable from published tables, the limb is not met (principle 6).
/// </summary>
internal static class NecessityTest
{
    public static void Assess(ScreeningContext c, IReadOnlyList<ItemAssessment> items, FindingList findings)
    {
        var limb = findings.For(ScreeningParts.Necessity);
        WhyAggregateIsNotEnough(c, limb);
        QuestionsAnsweredByPublishedTables(c, limb);
        Linkage(c, limb);
        EveryItemJustified(items, limb, findings.For(ScreeningParts.SafeData));
    }

    /// <summary>Individual information must be required: convenience, or no reason at all, is not a requirement.</summary>
    private static void WhyAggregateIsNotEnough(ScreeningContext c, LimbBuilder limb)
    {
        var answer = c.Necessity.WhyAggregateIsNotEnough;
        const string path = FormPaths.WhyAggregateIsNotEnough;
        if (TextMatch.IsBlank(answer))
        {
            return; // Missing: the completeness check asks for it.
        }

        var text = TextMatch.Normalise(answer);
        var quoted = $"{QuestionLabels.WhyAggregate} ({TextMatch.Quote(answer)})";
        if (SignalWords.SubstantiveReason.In(text))
        {
            limb.Met($"You explain why published or aggregate statistics are not enough: {TextMatch.Quote(answer)}", path);
        }
        else if (SignalWords.Convenience.In(text))
        {
            limb.Add(
                Severity.NotMet,
                "convenience_only",
                $"{quoted} gives only convenience as the reason; convenience does not make pupil-level data necessary. "
                    + "Say what your questions need that published tables cannot give (for example following the same pupils over time)",
                path
            );
        }
        else
        {
            limb.Add(
                Severity.NeedsJudgement,
                "unclear_necessity",
                $"{quoted} does not clearly say why published or aggregate statistics would not answer your research questions",
                path
            );
        }
    }

    /// <summary>
    /// A question about a headline measure for schools or areas, with nothing needing pupil-level records, is
    /// answered by published performance tables; DfE's sharing principles also weigh against duplicating official
    /// statistics. All such questions: not met. Some: judgement.
    /// </summary>
    private static void QuestionsAnsweredByPublishedTables(ScreeningContext c, LimbBuilder limb)
    {
        var published = c
            .Questions.Where(q =>
                SignalWords.AggregateMeasure.In(q.Normalised)
                && SignalWords.Institution.In(q.Normalised)
                && !SignalWords.PupilLevel.In(q.Normalised)
            )
            .ToList();
        if (published.Count == 0)
        {
            return;
        }

        var all = published.Count == c.Questions.Count;
        var names = CodeNames.JoinAnd(published.Select(q => $"{QuestionLabels.Question(q)} ({TextMatch.Quote(q.Text)})"));
        limb.Add(
            all ? Severity.NotMet : Severity.NeedsJudgement,
            "published_tables",
            all
                ? $"{TextMatch.Capitalise(names)} can be answered from published school, local authority or national tables, so "
                    + "pupil-level data is not needed for it. Ask questions that need pupil-level records, or use the published statistics"
                : $"{TextMatch.Capitalise(names)} may be answerable from published school, local authority or national tables",
            [.. published.Select(q => q.TextPath)]
        );
    }

    private static void Linkage(ScreeningContext c, LimbBuilder limb)
    {
        if (c.LinkageDescribed)
        {
            limb.Met(
                $"You describe the linkage: {TextMatch.Quote(c.Necessity.LinkageDescription)}",
                FormPaths.LinkageNeeded,
                FormPaths.LinkageDescription
            );
        }
    }

    private static void EveryItemJustified(IReadOnlyList<ItemAssessment> items, LimbBuilder limb, LimbBuilder data)
    {
        foreach (var assessment in items)
        {
            foreach (var finding in assessment.Findings.Where(f => f.Severity > Severity.Met))
            {
                var part = finding.Part == ScreeningParts.SafeData ? data : limb;
                part.Add(finding.Severity, finding.Rule, $"{TextMatch.Capitalise(assessment.Item.Name)} {finding.Text}", finding.Paths);
            }
        }

        if (items.Count > 0 && items.All(i => i.Findings.All(f => f.Part != ScreeningParts.Necessity || f.Severity <= Severity.Note)))
        {
            var count = items.Count == 1 ? "The one requested data item is" : $"Each of the {items.Count} requested data items is";
            limb.Met($"{count} justified and serves at least one of the research questions", FormPaths.DataItems);
        }
    }
}
