namespace ResearchRelease.Domain.Screening;

/// <summary>
/// Limb 2, item by item: "who require individual pupil information for that purpose" means every requested item
/// is justified by a research question (domain.md, "The regulation test"). Identifying items need a specific
/// justification, typically linkage, and a pseudonymous identifier usually serves instead. A justified item
/// (a real justification, tied to the application's own questions) never gets worse than "needs judgement".
/// </summary>
internal static class DataMinimisation
{
    public static IReadOnlyList<ItemAssessment> Assess(ScreeningContext c)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var results = new List<ItemAssessment>(c.Items.Count);
        foreach (var item in c.Items)
        {
            var findings = new List<ItemFinding>();
            Catalogue(item, seen, findings);
            Justification(item, findings);
            Questions(c, item, findings);
            Sensitivity(c, item, findings);
            results.Add(new ItemAssessment(item, findings));
        }

        return results;
    }

    private static void Catalogue(ItemView item, Dictionary<string, int> seen, List<ItemFinding> findings)
    {
        if (item.Code.Length == 0)
        {
            findings.Add(new(Severity.NeedsJudgement, "No catalogue item is named", [$"{item.Path}.item"]));
            return;
        }

        if (item.Definition is null)
        {
            findings.Add(new(Severity.NeedsJudgement, "Not in the data item catalogue, so what it holds and how sensitive it is are unknown", [$"{item.Path}.item"]));
        }
        else if (item.Definition.Retired)
        {
            findings.Add(new(Severity.NeedsJudgement, "Retired from the catalogue and no longer offered", [$"{item.Path}.item"]));
        }

        if (!seen.TryAdd(item.Code, item.Index))
        {
            findings.Add(new(Severity.NeedsJudgement, $"Requested more than once (also data item {seen[item.Code] + 1})", [$"{item.Path}.item"]));
        }
    }

    private static void Justification(ItemView item, List<ItemFinding> findings)
    {
        var path = $"{item.Path}.justification";
        var text = item.Request.Justification;
        if (TextMatch.IsBlank(text))
        {
            findings.Add(new(Severity.NotMet, "No justification is given", [path]));
        }
        else if (SignalWords.BoilerplateJustification.IsExactly(TextMatch.Normalise(text)))
        {
            findings.Add(new(Severity.NotMet, $"The justification {TextMatch.Quote(text)} does not say why the item is needed", [path]));
        }
    }

    private static void Questions(ScreeningContext c, ItemView item, List<ItemFinding> findings)
    {
        var path = $"{item.Path}.researchQuestions";
        if (item.QuestionRefs.Count == 0)
        {
            findings.Add(new(Severity.NotMet, "Not tied to any research question", [path]));
            return;
        }

        var unknown = item.QuestionRefs.Where(r => !c.QuestionIds.Contains(r)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        var names = CodeNames.JoinAnd(unknown);
        var verb = unknown.Count == 1 ? "is not one of the application's research questions" : "are not among the application's research questions";
        findings.Add(unknown.Count == item.QuestionRefs.Distinct(StringComparer.OrdinalIgnoreCase).Count()
            ? new(Severity.NotMet, $"Tied only to {names}, which {verb}", [path, FormPaths.ResearchQuestions])
            : new(Severity.NeedsJudgement, $"Also tied to {names}, which {verb}", [path, FormPaths.ResearchQuestions]));
    }

    private static void Sensitivity(ScreeningContext c, ItemView item, List<ItemFinding> findings)
    {
        var definition = item.Definition;
        if (definition is null)
        {
            return;
        }

        if (definition.IsIdentifying && !c.LinkageDescribed)
        {
            findings.Add(new(Severity.NeedsJudgement,
                "Identifies pupils directly; a pseudonymous pupil identifier would usually serve, and no linkage to other data is described",
                [$"{item.Path}.item", FormPaths.LinkageNeeded]));
        }

        if (definition.IsIdentifying && c.AccessRoute == "direct_transfer")
        {
            findings.Add(new(Severity.NeedsJudgement,
                "Identifies pupils directly and would be transferred to the applicant rather than used in a trusted research environment",
                [$"{item.Path}.item", FormPaths.AccessRoute]));
        }

        if (definition.IsHighlySensitive)
        {
            findings.Add(new(Severity.NeedsJudgement,
                "Highly sensitive, so weighed case by case",
                [$"{item.Path}.item"]));
        }

        // UK GDPR Article 9: special category data needs an Article 9 condition as well as an Article 6 basis.
        if (definition.IsSpecialCategory && TextMatch.IsBlank(c.Settings.LawfulBasis?.Article9))
        {
            findings.Add(new(Severity.NeedsJudgement,
                $"Special category data under UK GDPR Article 9 ({definition.Article9Category}), but no Article 9 condition is given",
                [$"{item.Path}.item", FormPaths.Article9]));
        }
    }
}
