using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Catalogue;
using ResearchRelease.Domain.Screening;

namespace ResearchRelease.Web.Features.Screening;

/// <summary>What the questionnaire's answers suggest, limb by limb, from the same engine that screens applications.</summary>
public sealed record CheckAdvice(
    string Ruleset,
    string Likely,
    LimbResult Purpose,
    LimbResult Necessity,
    LimbResult Conditions,
    IReadOnlyList<(string Label, SensitivityTier Tier)> Data
)
{
    public const string LikelyMet = "likely";
    public const string MayBeMet = "maybe";
    public const string NotLikely = "unlikely";

    private const string WhyAggregatePath = "necessity.whyAggregateIsNotEnough";

    public static CheckAdvice From(CheckInput input, ScreeningService screening, DateOnly today)
    {
        var ruleset = screening.RulesetFor(today);
        // The questionnaire only covers who and why; it assumes pupils at schools in England, since that is all DfE holds.
        var form = new ApplicationForm
        {
            Organisation = new Organisation { Type = input.OrganisationType },
            Project = new ProjectDetails
            {
                Activity = input.Activity,
                SubjectFocus = input.SubjectFocus,
                Population = new Population { PupilsInEngland = true },
                UsedForDecisionsAboutIndividuals = YesNo(input.DecisionsAboutIndividuals),
                OutputsCouldIdentifyIndividuals = YesNo(input.OutputsIdentify),
                DisclosureControl = input.DisclosureControl,
                PublicBenefit = input.PublicBenefit,
            },
            Necessity = new NecessityCase { WhyAggregateIsNotEnough = input.WhyAggregateIsNotEnough },
        };
        var result = screening.Screen(form, ruleset);

        // Necessity is judged on the answer about aggregate data alone: the items and their justifications come later,
        // in the application. A probe with one well-justified pseudonymous item isolates that answer's finding.
        var probe = screening.Screen(
            form with
            {
                Project = form.Project with
                {
                    ResearchQuestions = [new ResearchQuestion { Id = "RQ1", Text = "How do outcomes differ between pupils?" }],
                },
                DataItems =
                [
                    new RequestedDataItem
                    {
                        Item = DataItemCatalogue.PseudonymousPupilId,
                        Justification = "To follow the same pupil across years.",
                        ResearchQuestions = ["RQ1"],
                    },
                ],
            },
            ruleset
        );
        var about = probe.Findings.Where(f => f.Part == ScreeningParts.Necessity && f.Evidence.Contains(WhyAggregatePath)).ToList();
        var necessity = new LimbResult
        {
            Outcome =
                about.Any(f => f.Severity == FindingSeverities.Blocks) ? Outcomes.NotMet
                : about.Count > 0 ? Outcomes.NeedsJudgement
                : Outcomes.Met,
            Reasons =
                about.Count > 0
                    ? about.Select(f => f.Reason).ToList()
                    : ["You explain why published or aggregate statistics are not enough."],
            Evidence = [WhyAggregatePath],
        };

        var data = input
            .DataKinds.Select(DataKinds.Find)
            .OfType<DataKinds.Kind>()
            .Select(k => (k.Label, k.Items.Select(i => screening.Catalogue.TierOf(i) ?? SensitivityTier.Other).Min()))
            .ToList();
        var limbs = new[] { result.Purpose.Outcome, necessity.Outcome, result.Conditions.Outcome };
        var likely =
            limbs.Contains(Outcomes.NotMet) ? NotLikely
            : limbs.Contains(Outcomes.NeedsJudgement) ? MayBeMet
            : LikelyMet;
        return new CheckAdvice(ruleset.Version, likely, result.Purpose, necessity, result.Conditions, data);
    }

    /// <summary>
    /// A reason without bracketed evidence paths, which mean nothing to a person. Current results keep paths out of
    /// their reasons; results stored before then ended each reason with them.
    /// </summary>
    public static string Plain(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var open = reason.LastIndexOf(" (", StringComparison.Ordinal);
        if (open <= 0 || !reason.EndsWith(").", StringComparison.Ordinal))
            return reason;
        // Only a bracket of paths ("(settings.accessRoute, dataItems[0].item)") is evidence; words in brackets stay.
        var inside = reason[(open + 2)..^2];
        var paths = inside.Split(", ");
        return paths.All(p =>
            p.Length > 0
            && p.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '.' or '[' or ']')
            && p.Any(ch => ch is '.' or '[' || char.IsUpper(ch))
        )
            ? reason[..open] + "."
            : reason;
    }

    private static bool? YesNo(string? answer) =>
        answer switch
        {
            "yes" => true,
            "no" => false,
            _ => null,
        };
}
