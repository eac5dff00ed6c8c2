using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Domain.Screening;

/// <summary>Parts of limb 1 that read the same under the 2009 and the 2013 wording.</summary>
internal static class SharedPurposeChecks
{
    /// <summary>
    /// An activity of "other" is outside both wordings' named activities. With commercial outputs it is not
    /// research at all; otherwise the Chief Statistician must judge what it is.
    /// </summary>
    /// <returns>True when the activity was "other" or unrecognised and has been assessed here.</returns>
    public static bool OtherActivity(ScreeningContext c, LimbBuilder limb)
    {
        if (c.Activity is null)
        {
            limb.NeedsJudgement("No activity is given, so the purpose cannot be checked against the regulations", FormPaths.Activity);
            return true;
        }

        if (c.Activity != "other")
        {
            if (FormCodes.Activities.Contains(c.Activity))
            {
                return false;
            }

            limb.NeedsJudgement($"The activity {CodeNames.Activity(c.Activity)} is not one of the form's options", FormPaths.Activity);
            return true;
        }

        var commercialOutput = c.Sources.FirstOrDefault(s => s.Path.StartsWith(FormPaths.IntendedOutputs, StringComparison.Ordinal)
            && (SignalWords.CommercialOutputs.In(s.Normalised) || SignalWords.MarketingDefinite.In(s.Normalised)));
        if (c.Project.SolelyCommercial == true || commercialOutput is not null)
        {
            var what = commercialOutput is null ? "the project is solely commercial" : $"{commercialOutput.Described} is commercial";
            limb.NotMet(
                $"The activity is \"other\" and {what}; a commercial activity is not research, analysis, statistics or information, advice or guidance",
                FormPaths.Activity, commercialOutput?.Path ?? FormPaths.SolelyCommercial);
        }
        else
        {
            limb.NeedsJudgement(
                $"The activity is \"other\", which is not one of the activities the {c.Ruleset.Version} wording names; judge what the project does",
                FormPaths.Activity);
        }

        return true;
    }

    /// <summary>
    /// SI 2009/1563 reg. 1(2): the regulations apply to information about pupils at schools in England only; the
    /// 2013 wording also speaks of "children in England".
    /// </summary>
    public static void Population(ScreeningContext c, LimbBuilder limb)
    {
        if (c.Project.Population?.PupilsInEngland == false)
        {
            limb.NeedsJudgement(
                "The applicant says the population is not pupils at schools in England, but the regulations cover only information about pupils at schools in England",
                FormPaths.PupilsInEngland);
        }
    }

    /// <summary>DfE's sharing principles: data is not shared solely for commercial gain. Weighed, not decisive.</summary>
    public static void CommercialGain(ScreeningContext c, LimbBuilder limb)
    {
        if (c.Project.SolelyCommercial == true)
        {
            limb.NeedsJudgement(
                "The applicant says the project is solely for commercial gain; DfE's sharing principles say data is not shared solely for commercial gain",
                FormPaths.SolelyCommercial);
        }
    }
}
