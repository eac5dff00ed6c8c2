namespace ResearchRelease.Domain.Screening;

/// <summary>
/// Limb 2, item by item, and safe data (screening policy principle 6): every requested item serves a research
/// question; directly identifying items need a specific reason, such as linkage through a trusted third party,
/// described; special category items need an Article 9 condition; highly sensitive items go to judgement.
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
            Identifying(c, item, findings);
            Sensitivity(c, item, findings);
            results.Add(new ItemAssessment(item, findings));
        }

        return results;
    }

    private static void Catalogue(ItemView item, Dictionary<string, int> seen, List<ItemFinding> findings)
    {
        if (item.Code.Length == 0)
        {
            return; // Missing: the completeness check asks which item it is.
        }

        if (item.Definition is null)
        {
            findings.Add(
                new(
                    Severity.NeedsJudgement,
                    "is not in the data item catalogue, so what it holds and how sensitive it "
                        + "is are unknown; choose an item from the catalogue",
                    [$"{item.Path}.item"],
                    Rule: "unknown_item"
                )
            );
        }
        else if (item.Definition.Retired)
        {
            findings.Add(
                new(
                    Severity.NeedsJudgement,
                    "has been retired from the catalogue and is no longer offered",
                    [$"{item.Path}.item"],
                    Rule: "retired_item"
                )
            );
        }

        if (!seen.TryAdd(item.Code, item.Index))
        {
            findings.Add(
                new(
                    Severity.NeedsJudgement,
                    $"is requested more than once (also data item {seen[item.Code] + 1})",
                    [$"{item.Path}.item"],
                    Rule: "duplicate_item"
                )
            );
        }
    }

    private static void Justification(ItemView item, List<ItemFinding> findings)
    {
        var path = $"{item.Path}.justification";
        var text = item.Request.Justification;
        if (TextMatch.IsBlank(text))
        {
            findings.Add(
                new(Severity.NotMet, "has no justification; say what it is for in your research", [path], Rule: "no_justification")
            );
        }
        else if (SignalWords.BoilerplateJustification.IsExactly(TextMatch.Normalise(text)))
        {
            findings.Add(
                new(
                    Severity.NotMet,
                    $"has the justification {TextMatch.Quote(text)}, which does not say why the item is "
                        + "needed; say what it is for in your research",
                    [path],
                    Rule: "boilerplate_justification"
                )
            );
        }
    }

    private static void Questions(ScreeningContext c, ItemView item, List<ItemFinding> findings)
    {
        var path = $"{item.Path}.researchQuestions";
        if (item.QuestionRefs.Count == 0)
        {
            findings.Add(
                new(
                    Severity.NotMet,
                    "is not tied to any research question; every item must serve one of your research questions",
                    [path],
                    Rule: "no_question"
                )
            );
            return;
        }

        var unknown = item.QuestionRefs.Where(r => !c.QuestionIds.Contains(r)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        var names = CodeNames.JoinAnd(unknown.Select(u => $"\"{u}\""));
        var verb = unknown.Count == 1 ? "is not one of your research questions" : "are not among your research questions";
        findings.Add(
            unknown.Count == item.QuestionRefs.Distinct(StringComparer.OrdinalIgnoreCase).Count()
                ? new(
                    Severity.NotMet,
                    $"is tied only to {names}, which {verb}",
                    [path, FormPaths.ResearchQuestions],
                    Rule: "unknown_question"
                )
                : new(
                    Severity.NeedsJudgement,
                    $"is also tied to {names}, which {verb}",
                    [path, FormPaths.ResearchQuestions],
                    Rule: "unknown_question"
                )
        );
    }

    /// <summary>
    /// Directly identifying items: a pseudonymous identifier serves most research. Without linkage described they do
    /// not meet the necessity limb, unless the justification names a specific use (deriving an area measure), which a
    /// person must weigh. With linkage through a trusted third party described, and a trusted research environment,
    /// the item is a note; otherwise judgement.
    /// </summary>
    private static void Identifying(ScreeningContext c, ItemView item, List<ItemFinding> findings)
    {
        if (item.Definition?.IsIdentifying != true)
        {
            return;
        }

        string[] paths = [$"{item.Path}.item", $"{item.Path}.justification", FormPaths.LinkageNeeded];
        var justification = TextMatch.Normalise(item.Request.Justification);
        if (!c.LinkageDescribed)
        {
            findings.Add(
                SignalWords.SpecificIdentifierUse.In(justification)
                    ? new(
                        Severity.NeedsJudgement,
                        "identifies pupils directly; its justification names a specific use, but no linkage is described. Say whether "
                            + "a derived or pseudonymised item would serve",
                        paths,
                        Rule: "identifying_specific_use"
                    )
                    : new(
                        Severity.NotMet,
                        "identifies pupils directly and no specific reason is given (such as linkage through a trusted third party, "
                            + "described); the pseudonymous pupil identifier serves for following pupils, so remove this item or "
                            + "describe the linkage",
                        paths,
                        Rule: "identifying_without_reason"
                    )
            );
            return;
        }

        var throughThirdParty =
            SignalWords.TrustedThirdParty.In(TextMatch.Normalise(c.Necessity.LinkageDescription))
            && c.AccessRoute is { } route
            && c.Policy.TrustedRoutes.Contains(route);
        findings.Add(
            throughThirdParty
                ? new(
                    Severity.Note,
                    "identifies pupils directly; it is requested as a linkage key, matched by a trusted third party " + "as described",
                    paths,
                    Part: ScreeningParts.SafeData,
                    Rule: "identifying_linkage_key"
                )
                : new(
                    Severity.NeedsJudgement,
                    "identifies pupils directly; linkage is described, but not through a trusted third "
                        + "party into a trusted research environment",
                    paths,
                    Part: ScreeningParts.SafeData,
                    Rule: "identifying_linkage_direct"
                )
        );
    }

    private static void Sensitivity(ScreeningContext c, ItemView item, List<ItemFinding> findings)
    {
        if (c.IsHighlySensitive(item))
        {
            findings.Add(
                new(
                    Severity.NeedsJudgement,
                    "is highly sensitive, so the Chief Statistician weighs it case by case",
                    [$"{item.Path}.item"],
                    Part: ScreeningParts.SafeData,
                    Rule: "highly_sensitive"
                )
            );
        }

        // UK GDPR Article 9: special category data needs an Article 9 condition as well as an Article 6 basis.
        if (c.IsSpecialCategory(item) && TextMatch.IsBlank(c.Settings.LawfulBasis?.Article9))
        {
            var category = item.Definition?.Article9Category is { } name ? $" ({name})" : string.Empty;
            findings.Add(
                new(
                    Severity.NeedsJudgement,
                    $"is special category data under UK GDPR Article 9{category}, but {QuestionLabels.Article9} is blank; give the "
                        + "Article 9 condition you rely on",
                    [$"{item.Path}.item", FormPaths.Article9],
                    Part: ScreeningParts.SafeData,
                    Rule: "special_category_without_article9"
                )
            );
        }
    }
}
