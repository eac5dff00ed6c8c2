namespace ResearchRelease.Domain.Screening;

/// <summary>
/// DfE's conditions, from its privacy notice rather than the regulations: (1) data is not processed in a way
/// that supports measures or decisions about particular individuals; (2) no individual is identified in any
/// results. Breaking either makes the application ineligible whatever the limbs say (domain.md).
/// </summary>
internal static class ConditionsTest
{
    public static LimbResult Assess(ScreeningContext c)
    {
        var limb = new LimbBuilder();
        NoDecisionsAboutIndividuals(c, limb);
        NobodyIdentifiedInResults(c, limb);
        return limb.Build();
    }

    /// <summary>Condition 1: no measures or decisions about particular individuals.</summary>
    private static void NoDecisionsAboutIndividuals(ScreeningContext c, LimbBuilder limb)
    {
        const string path = FormPaths.DecisionsAboutIndividuals;
        switch (c.Project.UsedForDecisionsAboutIndividuals)
        {
            case true:
                limb.NotMet("The applicant says the results will be used for decisions about individuals; DfE does not release pupil data for measures or decisions about particular individuals", path);
                break;
            case false:
                limb.Met("The applicant says the results will not be used for measures or decisions about particular individuals", path);
                break;
            default:
                limb.NeedsJudgement("The application does not say whether the results will be used for decisions about individuals", path);
                break;
        }
    }

    /// <summary>Condition 2: no individual identified in any results.</summary>
    private static void NobodyIdentifiedInResults(ScreeningContext c, LimbBuilder limb)
    {
        var listing = c.Sources.FirstOrDefault(s => s.Path.StartsWith(FormPaths.IntendedOutputs, StringComparison.Ordinal)
            && SignalWords.IdentifyingOutputs.In(s.Normalised));
        if (listing is not null)
        {
            limb.NotMet($"{TextMatch.Capitalise(listing.Described)} would identify individuals; no individual may be identified in any results", listing.Path);
        }

        switch (c.Project.OutputsCouldIdentifyIndividuals)
        {
            case true:
                limb.NotMet("The applicant says an output could identify an individual; no individual may be identified in any results", FormPaths.OutputsCouldIdentify);
                break;
            case false when TextMatch.IsBlank(c.Project.DisclosureControl):
                limb.NeedsJudgement("The applicant says no output could identify an individual but does not say how disclosure is controlled", FormPaths.OutputsCouldIdentify, FormPaths.DisclosureControl);
                break;
            case false:
                limb.Met(
                    $"The applicant says no output could identify an individual, with disclosure control: {TextMatch.Quote(c.Project.DisclosureControl)}",
                    FormPaths.OutputsCouldIdentify, FormPaths.DisclosureControl);
                break;
            default:
                limb.NeedsJudgement("The application does not say whether any output could identify an individual", FormPaths.OutputsCouldIdentify);
                break;
        }
    }
}
