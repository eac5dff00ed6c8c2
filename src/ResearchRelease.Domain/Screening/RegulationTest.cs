using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Catalogue;

namespace ResearchRelease.Domain.Screening;

/// <summary>
/// The automatic regulation test every submitted application goes through before it reaches the Chief
/// Statistician (domain.md, "The regulation test"). It recommends; the Chief Statistician decides. Pure and
/// deterministic: the same application, ruleset, catalogue and date always give the same result.
/// </summary>
public static class RegulationTest
{
    /// <inheritdoc cref="Screen(ApplicationForm, Ruleset, DataItemCatalogue, DateOnly?)"/>
    public static ScreeningResult Screen(ApplicationForm form, Ruleset ruleset, DataItemCatalogue catalogue) =>
        Screen(form, ruleset, catalogue, screenedOn: null);

    /// <summary>Screens an application under one wording of the regulations.</summary>
    /// <param name="form">The application as submitted; any part may be missing.</param>
    /// <param name="ruleset">The wording in force, usually from <see cref="RulesetSelector"/>.</param>
    /// <param name="catalogue">The data item catalogue as compliance staff maintain it.</param>
    /// <param name="screenedOn">When given, the retention and destruction date must fall after it.</param>
    public static ScreeningResult Screen(ApplicationForm form, Ruleset ruleset, DataItemCatalogue catalogue, DateOnly? screenedOn)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(ruleset);
        ArgumentNullException.ThrowIfNull(catalogue);

        var context = new ScreeningContext(form, ruleset, catalogue, screenedOn);
        var completeness = CompletenessCheck.Assess(context);

        var purpose = new LimbBuilder();
        ruleset.PurposeTest.Assess(context, purpose);

        var items = DataMinimisation.Assess(context);
        var necessity = NecessityTest.Assess(context, items);
        var conditions = ConditionsTest.Assess(context);
        var purposeResult = purpose.Build();

        return new ScreeningResult
        {
            Ruleset = ruleset.Version,
            Purpose = purposeResult,
            Necessity = necessity,
            Conditions = conditions,
            Completeness = completeness,
            DataItems = items.Select(i => i.ToResult()).ToList(),
            Considerations = Considerations.Assess(context),
            Overall = Overall(completeness, purposeResult, necessity, conditions),
        };
    }

    /// <summary>
    /// Incomplete first: missing evidence goes back to the researcher before any judgement. Then a breached DfE
    /// condition or a limb not met makes the application ineligible whatever else holds; then anything needing
    /// judgement; only otherwise eligible.
    /// </summary>
    private static string Overall(CompletenessResult completeness, params LimbResult[] limbs)
    {
        if (completeness.Outcome != Outcomes.Complete)
        {
            return Outcomes.Incomplete;
        }

        if (limbs.Any(l => l.Outcome == Outcomes.NotMet))
        {
            return Outcomes.Ineligible;
        }

        return limbs.Any(l => l.Outcome == Outcomes.NeedsJudgement) ? Outcomes.NeedsJudgement : Outcomes.Eligible;
    }
}
