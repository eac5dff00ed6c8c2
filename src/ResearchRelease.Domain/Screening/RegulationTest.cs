using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Catalogue;

namespace ResearchRelease.Domain.Screening;

/// <summary>
/// The automatic regulation test every submitted application goes through before it reaches the Chief
/// Statistician (docs/domain.md, "The regulation test", and the principles in docs/screening.md). It recommends; the Chief
/// Statistician decides. Pure and deterministic: the same application, wording, catalogue, policy and date always
/// give the same result. The result is a list of findings; everything else is read from them (principle 1).
/// </summary>
public static class RegulationTest
{
    /// <inheritdoc cref="Screen(ApplicationForm, Ruleset, DataItemCatalogue, ScreeningPolicy, DateOnly?)"/>
    public static ScreeningResult Screen(ApplicationForm form, Ruleset ruleset, DataItemCatalogue catalogue) =>
        Screen(form, ruleset, catalogue, ScreeningPolicy.Default, screenedOn: null);

    /// <inheritdoc cref="Screen(ApplicationForm, Ruleset, DataItemCatalogue, ScreeningPolicy, DateOnly?)"/>
    public static ScreeningResult Screen(ApplicationForm form, Ruleset ruleset, DataItemCatalogue catalogue, DateOnly? screenedOn) =>
        Screen(form, ruleset, catalogue, ScreeningPolicy.Default, screenedOn);

    /// <summary>Screens an application under one wording of the regulations and one version of the screening policy.</summary>
    /// <param name="form">The application as submitted; any part may be missing.</param>
    /// <param name="ruleset">The wording in force, usually from <see cref="RulesetSelector"/>.</param>
    /// <param name="catalogue">The data item catalogue as compliance staff maintain it.</param>
    /// <param name="policy">The thresholds and lists to apply.</param>
    /// <param name="screenedOn">
    /// The submission date. When given, the destruction date must fall after it, and the retention limit runs from it.
    /// </param>
    public static ScreeningResult Screen(
        ApplicationForm form,
        Ruleset ruleset,
        DataItemCatalogue catalogue,
        ScreeningPolicy policy,
        DateOnly? screenedOn
    )
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(ruleset);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(policy);

        var context = new ScreeningContext(form, ruleset, catalogue, policy, screenedOn);
        var findings = new FindingList();
        CompletenessCheck.Assess(context, findings);
        ruleset.PurposeTest.Assess(context, findings.For(ScreeningParts.Purpose));
        var items = DataMinimisation.Assess(context);
        NecessityTest.Assess(context, items, findings);
        ConditionsTest.Assess(context, findings);
        SafePeople.Assess(context, findings);
        SafeSettings.Assess(context, findings);

        var list = findings.Findings();
        return new ScreeningResult
        {
            Ruleset = ruleset.Version,
            PolicyVersion = policy.Version,
            Findings = list,
            Purpose = findings.Limb(ScreeningParts.Purpose),
            Necessity = findings.Limb(ScreeningParts.Necessity),
            Conditions = findings.Limb(ScreeningParts.Conditions),
            Completeness = findings.Completeness(),
            DataItems = items.Select(i => i.ToResult()).ToList(),
            Considerations = findings.Notes(),
            Overall = FindingSeverities.Overall(list),
        };
    }
}
